package dev.toitsu.workflow.domain;

/** Sends one plain-text mail. SMTP when a mail host is configured, else the log (the default). */
public interface MailTransport {

    void send(String to, String subject, String text);
}
