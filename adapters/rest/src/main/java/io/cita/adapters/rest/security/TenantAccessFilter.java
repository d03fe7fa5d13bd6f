package io.cita.adapters.rest.security;

import io.cita.adapters.rest.problem.Problems;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.LogInUseCase;
import io.cita.application.port.out.Membership;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guards every tenant route: a valid bearer token (else 401) of a member of the tenant in the path (else 404, so
 * another tenant's existence is not revealed). The member becomes the request's {@link Actor}.
 */
@ServerFilter("/v1/tenants/**")
public class TenantAccessFilter {
    public static final String ACTOR = "cita.actor";
    /** Cita's ids (ten_...) and the plain ids of tenants migrated from seed 000's tables (DERMASKIN). */
    private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Set<Membership.Role> MANAGERS =
            EnumSet.of(Membership.Role.OWNER, Membership.Role.ADMIN, Membership.Role.MANAGER);
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
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Problems.response(Problems.unauthorized("A bearer token is required"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        Optional<String> userId = tokens.verify(header.substring(7).trim());
        if (userId.isEmpty()) {
            return Problems.response(Problems.unauthorized("The token is invalid or expired"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        }
        String[] segments = request.getPath().split("/");
        String tenantId = segments.length > 3 ? segments[3] : "";
        Optional<Membership> membership = TENANT_ID.matcher(tenantId).matches()
                ? members.membership(tenantId, userId.get()) : Optional.empty();
        if (membership.isEmpty()) {
            return Problems.response(Problems.notFound("No such tenant"));
        }
        request.setAttribute(ACTOR, new Actor(Actor.Kind.USER, userId.get(),
                MANAGERS.contains(membership.get().role())));
        return null;
    }
}
