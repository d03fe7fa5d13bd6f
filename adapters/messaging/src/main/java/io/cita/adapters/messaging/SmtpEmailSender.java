package io.cita.adapters.messaging;

import io.cita.application.port.out.EmailSender;
import io.cita.application.port.out.SendOutcome;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Sends composed e-mails over SMTP with Jakarta Mail (Eclipse Angus): {@code cita.email.smtp.host}, port (587),
 * optional username and password with STARTTLS; 5 s to connect, 15 s per answer. Without a host, e-mail is off.
 */
@Singleton
public class SmtpEmailSender implements EmailSender {
    private final Session session;
    private final String username;
    private final String password;

    public SmtpEmailSender(@Nullable @Value("${cita.email.smtp.host:}") String host,
                           @Value("${cita.email.smtp.port:587}") int port,
                           @Nullable @Value("${cita.email.smtp.username:}") String username,
                           @Nullable @Value("${cita.email.smtp.password:}") String password,
                           @Value("${cita.email.smtp.starttls:true}") boolean startTls) {
        this.username = username;
        this.password = password;
        if (host == null || host.isBlank()) {
            this.session = null;
            return;
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "15000");
        properties.put("mail.smtp.writetimeout", "15000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.auth", Boolean.toString(username != null && !username.isBlank()));
        this.session = Session.getInstance(properties);
    }

    @Override
    public boolean enabled() {
        return session != null;
    }

    @Override
    public SendOutcome send(String recipient, String mimeMessage) {
        try {
            MimeMessage message = new MimeMessage(session,
                    new ByteArrayInputStream(mimeMessage.getBytes(StandardCharsets.UTF_8)));
            Address[] to = {new InternetAddress(recipient)};
            if (username == null || username.isBlank()) {
                Transport.send(message, to);
            } else {
                Transport.send(message, to, username, password);
            }
            return SendOutcome.accepted(message.getMessageID());
        } catch (MessagingException e) {
            return SendOutcome.refused(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
