package io.cita.adapters.rest.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;

/**
 * The headers every answer carries: no content sniffing, no referrer, no framing; API answers (which carry tokens,
 * keys and personal data) are never stored by a cache; HTML pages get a strict Content-Security-Policy (Swagger UI's
 * allows its own inline start-up script).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter implements Ordered {
    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI's page starts itself with an inline script: the one page that may run one. */
    private static final String SWAGGER_POLICY = PAGE_POLICY.replace("script-src 'self'", "script-src 'self' "
            + "'unsafe-inline'");
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Right after the request log, so that every answer, refusals of Micronaut Security's rules too, gets them. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 3;
    }

    @ResponseFilter
    public void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer");
        if (!response.getHeaders().contains("Content-Security-Policy")) {
            response.header("X-Frame-Options", "DENY");
        }
        boolean page = response.getContentType().map(MediaType.TEXT_HTML_TYPE::matches).orElse(false)
                || RouteAttributes.getRouteMatch(request).map(route -> route.getRouteInfo().getProduces()
                .contains(MediaType.TEXT_HTML_TYPE)).orElse(false);
        if (!response.getHeaders().contains("Content-Security-Policy")) {
            response.header("Content-Security-Policy", !page ? API_POLICY
                    : request.getPath().startsWith("/swagger-ui/") ? SWAGGER_POLICY : PAGE_POLICY);
        }
        if (request.getPath().startsWith("/v1/") && !response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
