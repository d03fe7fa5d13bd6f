package io.cita.application.port.out;

/** Outgoing port that hands a composed e-mail (a whole MIME message) to the mail server. */
public interface EmailSender {
    /** Whether a mail server is configured; without one, e-mails are skipped, not tried. */
    boolean enabled();

    /** Sends the message to {@code recipient}: accepted with the server's message id, or why not. */
    SendOutcome send(String recipient, String mimeMessage);
}
