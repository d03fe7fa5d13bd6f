package io.cita.adapters.rest.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Adds the RateLimit headers to every limited answer (of its tightest bucket) that has none yet. */
@ServerFilter("/v1/**")
public class RateLimitHeadersFilter {
    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getHeaders().contains("RateLimit")) {
            return;
        }
        request.getAttribute(RateLimits.DECISION, RateLimiter.Decision.class)
                .ifPresent(decision -> RateLimits.headers(response, decision));
    }
}
