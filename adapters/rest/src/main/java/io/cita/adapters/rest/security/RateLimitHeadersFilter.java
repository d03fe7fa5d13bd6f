package io.cita.adapters.rest.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Limits logins and refreshes per client address, and adds the RateLimit headers to every limited answer. */
@ServerFilter("/v1/**")
public class RateLimitHeadersFilter {
    private final RateLimits limits;

    public RateLimitHeadersFilter(RateLimits limits) {
        this.limits = limits;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> limitLogins(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.equals("/v1/auth/login") || path.equals("/v1/auth/refresh")) {
            return limits.login(request).orElse(null);
        }
        return null;
    }

    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getHeaders().contains("RateLimit")) {
            return;
        }
        request.getAttribute(RateLimits.DECISION, RateLimiter.Decision.class)
                .ifPresent(decision -> RateLimits.headers(response, decision));
    }
}
