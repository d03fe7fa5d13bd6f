package io.cita.bootstrap.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

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

    /** The messages received for one address, oldest first. */
    static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessagesForDomain(address)).toList();
    }
}
