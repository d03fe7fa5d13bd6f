package io.cita.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small blocking HTTP client for the load drivers: JSON in and out, status always returned. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    Http(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** A response: status, content type and body (parsed as JSON when it is JSON). */
    record Answer(int status, String contentType, String raw, JsonNode json) {
    }

    Answer send(String method, String path, String token, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("content-type").orElse("");
            JsonNode json = null;
            if (type.contains("json") && !response.body().isEmpty()) {
                try {
                    json = JSON.readTree(response.body());
                } catch (IOException notJson) {
                    json = null;
                }
            }
            return new Answer(response.statusCode(), type, response.body(), json);
        } catch (IOException e) {
            return new Answer(-1, "", e.toString(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "", "interrupted", null);
        }
    }

    Answer json(String method, String path, String token, Object body) {
        try {
            return send(method, path, token, body == null ? null : JSON.writeValueAsBytes(body), "application/json");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs up a fresh tenant, upgrades it to ENTERPRISE as the super-admin, and returns its id and owner token. */
    Tenant tenant(String adminEmail, String adminPassword) {
        String unique = Long.toString(System.nanoTime(), 36);
        Answer signup = json("POST", "/v1/signup", null, Map.of(
                "tenant", Map.of("slug", "bench-" + unique, "name", "Bench " + unique, "businessType", "salon",
                        "timezone", "Europe/Madrid", "country", "ES", "currency", "EUR", "locale", "es"),
                "owner", Map.of("email", "bench-" + unique + "@example.com", "password", "bench-password",
                        "firstName", "Bench", "lastName", "Owner")));
        String tenantId = signup.json().at("/tenant/id").asText();
        String admin = json("POST", "/v1/auth/login", null, Map.of("email", adminEmail, "password", adminPassword))
                .json().path("accessToken").asText();
        Answer upgrade = json("PATCH", "/v1/admin/tenants/" + tenantId, admin,
                Map.of("plan", "ENTERPRISE", "status", "ACTIVE"));
        if (upgrade.status() != 200) {
            throw new IllegalStateException("the super-admin could not upgrade the bench tenant (set CITA_ADMIN_EMAIL"
                    + " and CITA_ADMIN_PASSWORD to the target's super-admin): " + upgrade.status());
        }
        return new Tenant(tenantId, signup.json().path("accessToken").asText(), "bench-" + unique);
    }

    /** A tenant the drivers created. */
    record Tenant(String id, String token, String slug) {
        String base() {
            return "/v1/tenants/" + id;
        }
    }
}
