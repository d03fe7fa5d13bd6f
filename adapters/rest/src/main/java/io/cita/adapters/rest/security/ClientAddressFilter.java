package io.cita.adapters.rest.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Settles each request's caller address first: the peer's, or behind a proxy of {@code cita.http.trusted-proxies}
 * (the load balancer's addresses or ranges) the one it forwards for; every limit and audit entry reads it through
 * {@link ClientAddress}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ClientAddressFilter implements Ordered {
    private final TrustedProxies proxies;

    public ClientAddressFilter(@Value("${cita.http.trusted-proxies:}") String trustedProxies) {
        this.proxies = new TrustedProxies(trustedProxies);
    }

    @RequestFilter
    public void settle(HttpRequest<?> request) {
        String caller = proxies.caller(ClientAddress.peer(request), request.getHeaders().get("X-Forwarded-For"));
        if (caller != null) {
            request.setAttribute(ClientAddress.ATTRIBUTE, caller);
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 2;
    }
}
