package io.cita.adapters.rest.security;

import io.cita.adapters.rest.problem.Problems;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.LogInUseCase;
import io.cita.domain.access.Role;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Guards {@code /v1/admin/**} as Micronaut Security's rule: an active session of a platform super-admin (else 401 or
 * 403).
 */
@Singleton
public class AdminRule extends PathRule {
    /** The paths this rule decides. */
    static final String PATHS = "/v1/admin/";
    private final LogInUseCase users;

    public AdminRule(LogInUseCase users, BlockingRules blocking) {
        super(PATHS, blocking);
        this.users = users;
    }

    @Override
    Optional<? extends MutableHttpResponse<?>> refusal(HttpRequest<?> request, Authentication authentication) {
        Optional<AccessTokens.Claims> claims = AccessTokens.Claims.of(authentication)
                .filter(found -> users.sessionActive(found.sessionId()));
        if (claims.isEmpty()) {
            return Optional.of(BearerTokens.unauthorized(request));
        }
        if (!users.isSuperAdmin(claims.get().userId())) {
            return Optional.of(Problems.response(Problems.forbidden("Only the platform's administrators may do this")));
        }
        request.setAttribute(TenantAccessRule.ACTOR, new Actor(Actor.Kind.USER, claims.get().userId(), Role.OWNER,
                null, ClientAddress.of(request), request.getHeaders().get(HttpHeaders.USER_AGENT)));
        return Optional.empty();
    }
}
