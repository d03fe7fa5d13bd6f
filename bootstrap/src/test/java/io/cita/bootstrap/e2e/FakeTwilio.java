package io.cita.bootstrap.e2e;

import com.sun.net.httpserver.HttpServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Twilio's Messages API: it records every SMS it is sent (path, Authorization header, form
 * fields), answers 201 with a message SID, and can be told to fail the next requests with a status.
 */
final class FakeTwilio {
    static final String ACCOUNT_SID = "ACtest0000000000000000000000000000";
    static final String AUTH_TOKEN = "twilio-auth-token";
    static final String FROM = "+15005550006";
    private static FakeTwilio instance;
    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger sids = new AtomicInteger();
    private volatile int failWith = 500;
    private volatile String failingPhone;

    /** One SMS the fake received. */
    record Received(String path, String authorization, Map<String, String> form) {
        String to() {
            return form.get("To");
        }

        String body() {
            return form.get("Body");
        }
    }

    private FakeTwilio() {
        server = LocalJsonServer.start(exchange -> {
            String body = LocalJsonServer.body(exchange);
            int status = 201;
            String answer;
            Map<String, String> fields = FormFields.parse(body);
            if (fields.get("To").equals(failingPhone) && failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                status = failWith;
                answer = "{\"code\":20003,\"message\":\"failing on demand\"}";
            } else {
                synchronized (received) {
                    received.add(new Received(exchange.getRequestURI().getPath(),
                            exchange.getRequestHeaders().getFirst("Authorization"), fields));
                }
                answer = "{\"sid\":\"SM" + sids.incrementAndGet() + "\",\"status\":\"queued\"}";
            }
            LocalJsonServer.answer(exchange, status, answer);
        });
    }

    static synchronized FakeTwilio get() {
        if (instance == null) {
            instance = new FakeTwilio();
        }
        return instance;
    }

    String baseUrl() {
        return LocalJsonServer.baseUrl(server);
    }

    /** What was sent to one phone, in order. */
    List<Received> sentTo(String phone) {
        synchronized (received) {
            return received.stream().filter(message -> phone.equals(message.to())).toList();
        }
    }

    /** Fails the next {@code count} texts to {@code phone} (others, from tests running alongside, go through). */
    void failNext(String phone, int count, int status) {
        failingPhone = phone;
        failWith = status;
        failures.set(count);
    }
}
