package io.cita.bootstrap.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/** One real local SMTP server (GreenMail) for the test JVM, on a free port, that every booted service sends to. */
final class Mailbox {
    private static GreenMail server;

    private Mailbox() {
    }

    static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    static int port() {
        return server().getSmtp().getPort();
    }

    /** Every text part of a message (HTML or plain), decoded and joined. */
    static String text(MimeMessage message) {
        try {
            return text(message.getContent());
        } catch (Exception e) {
            throw new AssertionError("unreadable message", e);
        }
    }

    private static String text(Object content) throws Exception {
        if (content instanceof Multipart parts) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                all.append(text(parts.getBodyPart(i).getContent())).append('\n');
            }
            return all.toString();
        }
        return content instanceof String string ? string : "";
    }

    /** The single-use token of the latest invitation e-mailed to {@code address}, once it has arrived. */
    static String invitationToken(String address) {
        return linkToken(address, "/join");
    }

    /** The token of the latest sign-up confirmation e-mailed to {@code address}, once it has arrived. */
    static String signUpToken(String address) {
        return linkToken(address, "/signup/confirm");
    }

    private static String linkToken(String address, String page) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> !to(address).isEmpty());
        List<MimeMessage> received = to(address);
        // the HTML body escapes the link's '=' as a character reference, which mail readers decode
        String body = text(received.get(received.size() - 1)).replace("&#61;", "=").replace("&#x3D;", "=");
        Matcher link = Pattern.compile(Pattern.quote(page + "?token=") + "([A-Za-z0-9_.%-]+)").matcher(body);
        if (!link.find()) {
            throw new AssertionError("no " + page + " link in the e-mail to " + address);
        }
        return URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
    }

    /** The messages received for one address, oldest first. */
    static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessagesForDomain(address)).toList();
    }
}
