package io.cita.adapters.rest.logging;

import io.cita.adapters.rest.security.PublicApiFilter;
import io.cita.adapters.rest.security.TenantAccessRule;
import io.cita.application.port.in.Actor;
import io.cita.domain.tenant.Tenant;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One access-log event per request on logger {@code cita.access}, as key-value pairs (JSON fields with
 * {@code CITA_LOG_FORMAT=JSON}): request id, method, route template (never the raw path, which can hold a booking
 * reference or a feed token), status, duration, tenant id and actor; ids only, no address or other personal data.
 * The request id is the caller's {@code X-Request-Id} when it is a plain token, else a new one, and every answer
 * carries it back.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestLogFilter implements Ordered {
    public static final String REQUEST_ID = "X-Request-Id";
    private static final String ID = "cita.request-id";
    private static final String STARTED = "cita.request-started";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger ACCESS = LoggerFactory.getLogger("cita.access");

    @RequestFilter
    public void begin(HttpRequest<?> request) {
        String given = request.getHeaders().get(REQUEST_ID);
        request.setAttribute(ID, given != null && PLAIN.matcher(given).matches() ? given
                : UUID.randomUUID().toString());
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    public void end(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = request.getAttribute(ID, String.class).orElseGet(() -> UUID.randomUUID().toString());
        response.header(REQUEST_ID, id);
        long millis = request.getAttribute(STARTED, Long.class).map(start -> (System.nanoTime() - start) / 1_000_000)
                .orElse(-1L);
        Optional<UriRouteMatch<?, ?>> match = RouteAttributes.getRouteMatch(request)
                .filter(UriRouteMatch.class::isInstance).map(found -> (UriRouteMatch<?, ?>) found);
        String route = match.map(found -> found.getRouteInfo().getUriMatchTemplate().toString()).orElse("(no route)");
        Optional<Actor> actor = request.getAttribute(TenantAccessRule.ACTOR, Actor.class);
        ACCESS.atInfo().addKeyValue("requestId", id).addKeyValue("method", request.getMethodName())
                .addKeyValue("route", route).addKeyValue("status", response.code()).addKeyValue("durationMs", millis)
                .addKeyValue("tenantId", tenantId(request, match).orElse(null))
                .addKeyValue("actor", actor.map(found -> found.kind() + ":" + found.id()).orElse(null))
                .log("{} {} {} {} ms", request.getMethodName(), route, response.code(), millis);
    }

    /** The tenant the filters read, else the one the route names. */
    private static Optional<String> tenantId(HttpRequest<?> request, Optional<UriRouteMatch<?, ?>> match) {
        return request.getAttribute(TenantAccessRule.TENANT, Tenant.class)
                .or(() -> request.getAttribute(PublicApiFilter.TENANT, Tenant.class)).map(Tenant::id)
                .or(() -> match.map(found -> found.getVariableValues().get("tenantId")).map(String::valueOf));
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
