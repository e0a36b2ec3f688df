package dev.toitsu.workflow.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No mail server configured (the default): nothing is sent, the in-app inbox still has the notification. The log
 * says that a message was not sent and to which mail domain, never the address or the subject (logs hold no
 * personal data: issue 13).
 */
public class LoggingMailTransport implements MailTransport {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailTransport.class);

    @Override
    public void send(String to, String subject, String text) {
        int at = to.lastIndexOf('@');
        log.info(
                "Mail not sent (no spring.mail.host configured): one message to a recipient at {}; it is in the"
                        + " in-app inbox",
                at < 0 ? "(no domain)" : to.substring(at + 1));
    }
}
