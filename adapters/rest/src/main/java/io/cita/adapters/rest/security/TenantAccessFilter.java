package io.cita.adapters.rest.security;

import io.cita.adapters.rest.problem.Problems;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.LogInUseCase;
import io.cita.application.port.out.Membership;
import io.cita.domain.access.AccessMatrix;
import io.cita.domain.access.Permission;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Guards every tenant route: a valid bearer token of an active session (else 401) of a member of the tenant in the
 * path (else 404, so another tenant's existence is not revealed) whose role grants the route's permission (else
 * 403). The member becomes the request's {@link Actor}.
 */
@ServerFilter("/v1/tenants/**")
public class TenantAccessFilter {
    public static final String ACTOR = "cita.actor";
    /** Cita's ids (ten_...) and the plain ids of tenants migrated from seed 000's tables (DERMASKIN). */
    private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private final AccessTokens tokens;
    private final LogInUseCase members;

    public TenantAccessFilter(AccessTokens tokens, LogInUseCase members) {
        this.tokens = tokens;
        this.members = members;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> authorize(HttpRequest<?> request) {
        Optional<AccessTokens.Claims> claims = BearerTokens.userClaims(request, tokens, members);
        if (claims.isEmpty()) {
            return BearerTokens.unauthorized(request);
        }
        String[] segments = request.getPath().split("/");
        String tenantId = segments.length > 3 ? segments[3] : "";
        Optional<Membership> membership = TENANT_ID.matcher(tenantId).matches()
                ? members.membership(tenantId, claims.get().userId()) : Optional.empty();
        if (membership.isEmpty()) {
            return Problems.response(Problems.notFound("No such tenant"));
        }
        Permission required = RoutePermissions.required(request.getMethod(), request.getPath());
        if (!AccessMatrix.allows(membership.get().role(), required)) {
            return Problems.response(Problems.forbidden("Your role " + membership.get().role() + " may not do this ("
                    + required + ")"));
        }
        request.setAttribute(ACTOR, new Actor(Actor.Kind.USER, claims.get().userId(), membership.get().role(),
                membership.get().resourceId(), ClientAddress.of(request),
                request.getHeaders().get(HttpHeaders.USER_AGENT)));
        return null;
    }
}
