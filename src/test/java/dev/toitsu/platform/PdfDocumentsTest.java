package dev.toitsu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.toitsu.shared.DomainException;
import java.io.File;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class PdfDocumentsTest {

    private static final File GOTHIC = new File("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");
    private static final File MINCHO = new File("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf");

    private final SpringTemplateEngine engine = engine();
    private final PdfDocuments pdf = new PdfDocuments(engine, GOTHIC, MINCHO);

    @Test
    void rendersJapaneseTextFromATemplate() throws Exception {
        assumeTrue(GOTHIC.canRead(), "fonts-ipaexfont is installed by .ci/run");

        byte[] bytes = pdf.fromTemplate(
                "<html><body><h1 th:text=\"${title}\">x</h1><table><tr><td>遵守事項</td><td th:text=\"${n}\">0</td>"
                        + "</tr></table><p class=\"mincho\">明朝体</p></body></html>",
                Map.of("title", "対策基準 対応表", "n", 42),
                Locale.JAPANESE);

        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("対策基準 対応表", "遵守事項", "42", "明朝体");
        }
    }

    @Test
    void fetchesNothingAUserCouldHaveWrittenIntoTheReport() throws Exception {
        assumeTrue(GOTHIC.canRead(), "fonts-ipaexfont is installed by .ci/run");
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            byte[] bytes = pdf.fromHtml("<html><head><link rel=\"stylesheet\" href=\"" + base + "/s.css\"></head>"
                    + "<body><img src=\"" + base + "/i.png\"><img src=\"file:///etc/passwd\">本文</body></html>");

            assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void saysWhichFontIsMissing() {
        PdfDocuments withoutFonts = new PdfDocuments(engine, new File("/nonexistent/ipaexg.ttf"), MINCHO);

        assertThat(withoutFonts.available()).isFalse();
        assertThatThrownBy(() -> withoutFonts.fromHtml("<p>x</p>")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("error.pdf.fontMissing");
            assertThat(e.arguments()).containsExactly("/nonexistent/ipaexg.ttf");
        });
    }

    private static SpringTemplateEngine engine() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        return engine;
    }
}
