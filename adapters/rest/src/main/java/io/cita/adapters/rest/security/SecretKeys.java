package io.cita.adapters.rest.security;

import io.cita.adapters.rest.problem.Problem;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ApiKeysUseCase;
import io.cita.application.port.query.ApiKey;
import io.cita.domain.access.Role;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import java.util.Optional;

/**
 * A secret API key presented as a bearer token, for the tenant routes and MCP alike: the key it is, if it is a live
 * secret key, and the actor it makes (the key, with a manager's role, from the caller's address).
 */
final class SecretKeys {
    /** The role a secret key acts in: a manager's permissions, so it cannot mint keys or members. */
    static final Role ROLE = Role.MANAGER;

    private SecretKeys() {
    }

    static Optional<ApiKey> authenticate(ApiKeysUseCase keys, String plaintext) {
        return keys.authenticate(plaintext).filter(found -> found.kind() == ApiKey.Kind.SECRET);
    }

    /** Counts a secret key's call in its tenant's bucket, then in the key's own. */
    static Optional<MutableHttpResponse<Problem>> count(RateLimits limits, HttpRequest<?> request, ApiKey key) {
        return limits.tenant(request, key.tenantId()).or(() -> limits.apiKey(request, key.tenantId(), key.id()));
    }

    static Actor actor(ApiKey key, HttpRequest<?> request) {
        return new Actor(Actor.Kind.API_KEY, key.id(), ROLE, null, ClientAddress.of(request),
                request.getHeaders().get(HttpHeaders.USER_AGENT));
    }
}
