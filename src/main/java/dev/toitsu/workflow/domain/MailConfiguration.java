package dev.toitsu.workflow.domain;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * SMTP when {@code spring.mail.host} is set (Spring Boot then provides a {@link JavaMailSender}), otherwise the log.
 * {@code toitsu.mail.from} is the sender address, {@code toitsu.base-url} the address links in mails point to.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    MailTransport mailTransport(
            ObjectProvider<JavaMailSender> sender, @Value("${toitsu.mail.from:toitsu@localhost}") String from) {
        JavaMailSender available = sender.getIfAvailable();
        return available == null ? new LoggingMailTransport() : new SmtpMailTransport(available, from);
    }

    @Bean
    MailTemplates mailTemplates() {
        return new MailTemplates();
    }
}
