package dev.toitsu.workflow.domain;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Spring Mail over SMTP; Japanese subject and body in UTF-8 (MIME-encoded headers). */
public class SmtpMailTransport implements MailTransport {

    private final JavaMailSender sender;
    private final String from;

    public SmtpMailTransport(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(String to, String subject, String text) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, false);
        } catch (MessagingException e) {
            throw new MailSendException("could not build the mail", e);
        }
        sender.send(message);
    }
}
