package io.cita.adapters.rest.security;

import io.cita.adapters.rest.problem.Problem;
import io.cita.adapters.rest.problem.Problems;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ApiKeysUseCase;
import io.cita.application.port.in.ManageTenantUseCase;
import io.cita.application.port.query.ApiKey;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.tenant.Tenant;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;

/**
 * Guards the public API {@code /v1/public/{slug}/...}: the tenant must exist (404) and be operating (403
 * business-unavailable); every call needs a publishable key of that tenant in {@code X-Api-Key} (401), and a browser's
 * Origin must be one the key allows (403), which CORS then echoes. Preflights are answered for any origin one of the
 * tenant's active publishable keys allows. Calls count per address and per key, never in the tenant's own bucket,
 * so strangers cannot lock a business out of its own API.
 */
@ServerFilter("/v1/public/**")
public class PublicApiFilter {
    public static final String TENANT = "cita.public.tenant";
    /** What stands for a key in calls from a business's booking page: the page's own quotas, per business. */
    public static final String PAGE_KEY = "page:";
    private static final String ORIGIN = "cita.public.origin";
    private final ManageTenantUseCase tenants;
    private final ApiKeysUseCase keys;
    private final RateLimits limits;

    public PublicApiFilter(ManageTenantUseCase tenants, ApiKeysUseCase keys, RateLimits limits) {
        this.tenants = tenants;
        this.keys = keys;
        this.limits = limits;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> authorize(HttpRequest<?> request) {
        String slug = TenantPathSegment.of(request);
        Optional<Tenant> tenant = slug.isEmpty() ? Optional.empty() : tenants.findBySlug(slug);
        if (tenant.isEmpty()) {
            return Problems.response(Problems.notFound("No such business"));
        }
        if (!tenant.get().status().operating()) {
            return Problems.response(Problem.of(403, "business-unavailable", "Business unavailable",
                    "This business does not take bookings at the moment"));
        }
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (request.getMethod() == HttpMethod.OPTIONS) {
            return preflight(tenant.get(), origin);
        }
        String secret = request.getHeaders().get("X-Api-Key");
        if (secret == null && fromOwnPage(request)) {
            return admit(request, tenant.get(), PAGE_KEY + tenant.get().id());
        }
        Optional<ApiKey> key = keys.authenticate(secret)
                .filter(found -> found.kind() == ApiKey.Kind.PUBLISHABLE)
                .filter(found -> found.tenantId().equals(tenant.get().id()));
        if (key.isEmpty()) {
            return Problems.response(Problems.unauthorized("A publishable key of this business is required in X-Api-Key"));
        }
        if (origin != null && !key.get().allowedOrigins().contains(origin)) {
            return Problems.response(Problems.forbidden("This key may not be used from " + origin));
        }
        if (origin != null) {
            request.setAttribute(ORIGIN, origin);
        }
        return admit(request, tenant.get(), key.get().id());
    }

    /**
     * A call from Cita's own booking page (the browser says the page and the API share an origin, which no other
     * site's page can make it say): it needs no key, and counts in the page's bucket of the business and per address.
     */
    private static boolean fromOwnPage(HttpRequest<?> request) {
        return "same-origin".equals(request.getHeaders().get("Sec-Fetch-Site"));
    }

    private HttpResponse<?> admit(HttpRequest<?> request, Tenant tenant, String keyId) {
        request.setAttribute(TENANT, tenant);
        request.setAttribute(TenantAccessRule.ACTOR, new Actor(Actor.Kind.API_KEY, keyId, null, null,
                ClientAddress.of(request), request.getHeaders().get(HttpHeaders.USER_AGENT)));
        return limits.publicCall(request, tenant.id(), keyId).orElse(null);
    }

    private HttpResponse<?> preflight(Tenant tenant, String origin) {
        boolean allowed = origin != null && keys.list(tenant.id(), new PageRequest(200, null)).items().stream()
                .anyMatch(key -> key.active() && key.kind() == ApiKey.Kind.PUBLISHABLE
                        && key.allowedOrigins().contains(origin));
        if (!allowed) {
            return Problems.response(Problems.forbidden("This origin may not call this business's API"));
        }
        return HttpResponse.noContent()
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, DELETE")
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type, X-Api-Key, Idempotency-Key")
                .header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600")
                .header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    }

    @ResponseFilter
    public void allowOrigin(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ORIGIN, String.class).ifPresent(origin -> response
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin).header(HttpHeaders.VARY, HttpHeaders.ORIGIN));
    }
}
