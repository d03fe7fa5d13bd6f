package io.cita.adapters.rest.security;

import io.cita.adapters.rest.problem.Problems;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Keeps the Prometheus metrics for the scraper that holds {@code cita.metrics.token} ({@code CITA_METRICS_TOKEN},
 * sent as a bearer token): without a token configured they are not served at all (404), and a wrong or missing one
 * is 401, so a stranger learns nothing of the traffic.
 */
@ServerFilter("/prometheus/**")
public class MetricsTokenFilter {
    private final byte[] token;

    public MetricsTokenFilter(@Value("${cita.metrics.token:}") String token) {
        this.token = token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> guard(HttpRequest<?> request) {
        if (token == null) {
            return Problems.response(Problems.notFound("No such resource"));
        }
        byte[] presented = BearerTokens.raw(request).orElse("").getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(token, presented) ? null
                : Problems.response(Problems.unauthorized("The metrics token is required"));
    }
}
