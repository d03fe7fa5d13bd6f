package io.cita.adapters.rest.security;

import io.cita.application.port.in.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteMatch;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the {@link RateLimited} quotas of the route a request matched, so a path spelt another way ({@code /login/})
 * reaching the same route counts the same; runs after routing, before the controller.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RouteLimitsFilter implements Ordered {
    private final RateLimits limits;

    public RouteLimitsFilter(RateLimits limits) {
        this.limits = limits;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> limit(HttpRequest<?> request) {
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request);
        if (route.isEmpty() || !route.get().getAnnotationMetadata().hasAnnotation(RateLimited.class)) {
            return null;
        }
        Map<String, Object> variables = route.get() instanceof UriRouteMatch<?, ?> uri ? uri.getVariableValues()
                : Map.of();
        for (AddressPolicy policy : route.get().getAnnotationMetadata().enumValues(RateLimited.class,
                AddressPolicy.class)) {
            Optional<? extends HttpResponse<?>> refused = limits.address(request, policy, subject(policy, request,
                    variables));
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        return null;
    }

    /**
     * The caller's address; for tries of a booking reference the business and the reference, from anywhere; for a
     * key's quota the publishable key the public API's filter authenticated (it runs before this one).
     */
    private static String subject(AddressPolicy policy, HttpRequest<?> request, Map<String, Object> variables) {
        if (policy == AddressPolicy.PUBLIC_HOLDS_PER_KEY) {
            return request.getAttribute(TenantAccessRule.ACTOR, Actor.class).map(Actor::id)
                    .orElse("slug:" + variables.get("slug"));
        }
        if (policy == AddressPolicy.BOOKING_REFERENCE_TRIES) {
            return variables.get("slug") + "/" + String.valueOf(variables.get("reference")).toUpperCase(Locale.ROOT);
        }
        return String.valueOf(ClientAddress.of(request));
    }

    /** After the filters that authenticate (the public API's sets the key), so a key's quota can find its key. */
    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE - 1;
    }
}
