package io.cita.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Meta's Graph API: it records every message it is sent (path, bearer token, JSON body) and
 * can be told to fail the next requests with a status, to prove the client retries.
 */
final class FakeGraphApi {
    private static FakeGraphApi instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile int failWith = 500;
    private volatile String failingPhone;

    /** One request the fake received. */
    record Received(String path, String authorization, JsonNode body) {
        String to() {
            return body.path("to").asText();
        }

        boolean isTemplate() {
            return body.path("type").asText().equals("template");
        }

        String text() {
            return body.path("type").asText().equals("text") ? body.path("text").path("body").asText()
                    : body.path("interactive").path("body").path("text").asText();
        }
    }

    private FakeGraphApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = 200;
            String to = JSON.readTree(body).path("to").asText();
            if (to.equals(failingPhone) && failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                status = failWith;
            } else {
                synchronized (received) {
                    received.add(new Received(exchange.getRequestURI().getPath(),
                            exchange.getRequestHeaders().getFirst("Authorization"), JSON.readTree(body)));
                }
            }
            byte[] answer = "{\"messages\":[{\"id\":\"wamid.out\"}]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    static synchronized FakeGraphApi get() {
        if (instance == null) {
            instance = new FakeGraphApi();
        }
        return instance;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v21.0";
    }

    /** The chat messages sent to one phone, in order (notifications, sent as templates, are left out). */
    List<Received> sentTo(String phone) {
        synchronized (received) {
            return received.stream().filter(message -> message.to().equals(phone))
                    .filter(message -> !message.isTemplate()).toList();
        }
    }

    /** The template messages (notifications) sent to one phone, in order. */
    List<Received> templatesTo(String phone) {
        synchronized (received) {
            return received.stream().filter(message -> message.to().equals(phone)).filter(Received::isTemplate)
                    .toList();
        }
    }

    /** Fails the next {@code count} requests to {@code phone} (others, from tests running alongside, go through). */
    void failNext(String phone, int count, int status) {
        failingPhone = phone;
        failWith = status;
        failures.set(count);
    }
}
