package dev.toitsu.platform;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.toitsu.shared.DomainException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Every PDF toitsu produces (reports to the CISO, 対応表, audit reports, timelines) comes from here (ADR 0006): a
 * Thymeleaf template is rendered to HTML, parsed by jsoup into a W3C document and laid out by openhtmltopdf with the
 * IPAex fonts (Japanese gothic for text, mincho for {@code .mincho}). The renderer may load nothing from outside: no
 * network, no files, so that user text in a report can never make the server fetch a URL.
 */
@Service
public class PdfDocuments {

    private static final String GOTHIC = "IPAexGothic";
    private static final String MINCHO = "IPAexMincho";
    private static final String BASE_STYLE = """
            @page { size: A4; margin: 18mm 15mm 18mm 15mm;
                    @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; } }
            body { font-family: 'IPAexGothic'; font-size: 9.5pt; line-height: 1.45; }
            .mincho { font-family: 'IPAexMincho'; }
            table { border-collapse: collapse; width: 100%; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #888; padding: 2pt 4pt; vertical-align: top; text-align: left; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            h1 { font-size: 15pt; } h2 { font-size: 12pt; } h3 { font-size: 10.5pt; }
            """;

    private final ITemplateEngine templates;
    private final File gothicFont;
    private final File minchoFont;

    PdfDocuments(
            ITemplateEngine templates,
            @Value("${toitsu.pdf.gothic-font:/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf}") File gothicFont,
            @Value("${toitsu.pdf.mincho-font:/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf}") File minchoFont) {
        this.templates = templates;
        this.gothicFont = gothicFont;
        this.minchoFont = minchoFont;
    }

    /** Whether the Japanese fonts are installed, so that pages can offer the PDF link only where it will work. */
    public boolean available() {
        return gothicFont.canRead();
    }

    /**
     * Renders a Thymeleaf template (a plain HTML page, without the application layout) to PDF.
     *
     * @throws DomainException {@code error.pdf.fontMissing} when the Japanese font is not installed
     */
    public byte[] fromTemplate(String template, Map<String, ?> variables, Locale locale) {
        Context context = new Context(locale);
        variables.forEach(context::setVariable);
        return fromHtml(templates.process(template, context));
    }

    /** Lays out an HTML document (any HTML5 jsoup can parse) as an A4 PDF. */
    public byte[] fromHtml(String html) {
        if (!available()) {
            throw new DomainException("error.pdf.fontMissing", gothicFont.getPath());
        }
        Document document = Jsoup.parse(html);
        document.head().prependElement("style").text(BASE_STYLE);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .useFont(gothicFont, GOTHIC)
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withW3cDocument(new W3CDom().fromJsoup(document), "about:blank");
        if (minchoFont.canRead()) {
            builder.useFont(minchoFont, MINCHO);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            builder.toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
