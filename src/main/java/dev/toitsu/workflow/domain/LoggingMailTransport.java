package dev.toitsu.workflow.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** No mail server configured (the default): the mail is logged, the in-app inbox still has it. */
public class LoggingMailTransport implements MailTransport {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailTransport.class);

    @Override
    public void send(String to, String subject, String text) {
        log.info("Mail not sent (no spring.mail.host configured) to {}: {}", to, subject);
    }
}
