package io.cita.adapters.rest.security;

import io.cita.adapters.rest.problem.Problems;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.LogInUseCase;
import io.cita.domain.access.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;

/** Guards {@code /v1/admin/**}: a valid session of a platform super-admin (else 401 or 403). */
@ServerFilter("/v1/admin/**")
public class AdminFilter {
    private final AccessTokens tokens;
    private final LogInUseCase users;

    public AdminFilter(AccessTokens tokens, LogInUseCase users) {
        this.tokens = tokens;
        this.users = users;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> authorize(HttpRequest<?> request) {
        Optional<AccessTokens.Claims> claims = BearerTokens.userClaims(request, tokens, users);
        if (claims.isEmpty()) {
            return BearerTokens.unauthorized(request);
        }
        if (!users.isSuperAdmin(claims.get().userId())) {
            return Problems.response(Problems.forbidden("Only the platform's administrators may do this"));
        }
        request.setAttribute(TenantAccessFilter.ACTOR, new Actor(Actor.Kind.USER, claims.get().userId(), Role.OWNER,
                null, ClientAddress.of(request), request.getHeaders().get(HttpHeaders.USER_AGENT)));
        return null;
    }
}
