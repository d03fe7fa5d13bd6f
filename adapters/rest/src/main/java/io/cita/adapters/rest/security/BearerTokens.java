package io.cita.adapters.rest.security;

import io.cita.adapters.rest.problem.Problems;
import io.cita.application.port.in.LogInUseCase;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import java.util.Optional;

/** Reads a user's bearer access token: valid, and its session not logged out or revoked. */
final class BearerTokens {
    private BearerTokens() {
    }

    static Optional<String> raw(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    static Optional<AccessTokens.Claims> userClaims(HttpRequest<?> request, AccessTokens tokens, LogInUseCase sessions) {
        return raw(request).flatMap(tokens::verify).filter(claims -> sessions.sessionActive(claims.sessionId()));
    }

    static HttpResponse<?> unauthorized(HttpRequest<?> request) {
        boolean presented = raw(request).isPresent();
        return Problems.response(Problems.unauthorized(presented ? "The token is invalid, expired or revoked"
                : "A bearer token is required")).header(HttpHeaders.WWW_AUTHENTICATE,
                presented ? "Bearer error=\"invalid_token\"" : "Bearer");
    }
}
