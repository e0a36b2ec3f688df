package dev.toitsu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.toitsu.workflow.domain.MailTemplates;
import dev.toitsu.workflow.domain.SmtpMailTransport;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The Japanese mail text goes out over SMTP (an in-process GreenMail server) with a readable subject and body. */
class MailNotificationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void sendsTheJapaneseTemplateOverSmtp() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        Map<String, Object> variables = new HashMap<>();
        variables.put("recipientName", "伊藤 誠");
        variables.put("body", "森 さくらさんから「USBメモリの使用」（例外措置の適用申請）の申請がありました。");
        variables.put("link", "http://localhost:8080/requests/1");
        variables.put("organizationName", "情報安全省");
        String text = new MailTemplates().render("notification", variables);

        new SmtpMailTransport(sender, "toitsu@example.jp")
                .send("ito.makoto@example.jp", "[toitsu] 【決裁依頼】例外措置の適用申請 EXEMPTION-2026-000001", text);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("[toitsu] 【決裁依頼】例外措置の適用申請 EXEMPTION-2026-000001");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(received[0].getContent().toString())
                .contains("伊藤 誠 様", "USBメモリの使用", "詳細: http://localhost:8080/requests/1", "情報安全省");
        assertThat(body).isNotBlank();
    }
}
