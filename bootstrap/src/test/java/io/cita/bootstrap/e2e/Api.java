package io.cita.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** A plain HTTP client for the black-box scenarios: every call returns status, headers and parsed JSON. */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ADDRESSES = 2 * 256 * 254;
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(ThreadLocalRandom.current()
            .nextInt(ADDRESSES));
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String address;

    /**
     * A client calling from an address of its own (198.18.0.0/15, sent as X-Forwarded-For to a service that trusts
     * the loopback as its proxy), so that one scenario's calls never count against another's per-address limits.
     * The addresses are handed out in turn, never twice in a run: random ones met again now and then (two of a few
     * hundred clients sharing an address made a per-address quota run out early).
     */
    Api(String baseUrl) {
        this(baseUrl, nextAddress());
    }

    private static String nextAddress() {
        int n = Math.floorMod(NEXT_ADDRESS.getAndIncrement(), ADDRESSES);
        return "198." + (18 + n / (256 * 254)) + "." + (n / 254 % 256) + "." + (1 + n % 254);
    }

    /** A client calling from {@code address}. */
    Api(String baseUrl, String address) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.address = address;
    }

    /** The same service, called from another address. */
    Api from(String otherAddress) {
        return new Api(baseUrl, otherAddress);
    }

    String address() {
        return address;
    }

    /** A response: its status, its content type and its body as JSON (null when empty or not JSON). */
    record Response(int status, String contentType, JsonNode body, String raw, HttpResponse<String> http) {
        String text(String field) {
            JsonNode node = body.at("/" + field.replace('.', '/'));
            return node.isMissingNode() || node.isNull() ? null : node.asText();
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    Response get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    Response post(String path, String token, Object body) {
        return send("POST", path, token, body, Map.of());
    }

    Response post(String path, String token, Object body, Map<String, String> headers) {
        return send("POST", path, token, body, headers);
    }

    Response send(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            String payload = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(payload));
            if (payload != null && !headers.containsKey("Content-Type")) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (address != null && !headers.containsKey("X-Forwarded-For")) {
                request.header("X-Forwarded-For", address);
            }
            headers.forEach((name, value) -> {
                if (!value.isEmpty()) { // an empty value sends no header of that name at all
                    request.header(name, value);
                }
            });
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String type = response.headers().firstValue("content-type").orElse("");
            if (type.contains("json") && !response.body().isEmpty()) {
                json = JSON.readTree(response.body());
            }
            return new Response(response.statusCode(), type, json, response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
