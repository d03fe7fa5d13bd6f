package io.cita.adapters.rest.security;

import io.cita.adapters.rest.problem.Problems;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import java.util.Optional;

/** The bearer credential a request presents, and the 401 problem when it is missing or not valid. */
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

    static MutableHttpResponse<?> unauthorized(HttpRequest<?> request) {
        boolean presented = raw(request).isPresent();
        return Problems.response(Problems.unauthorized(presented ? "The token is invalid, expired or revoked"
                : "A bearer token is required")).header(HttpHeaders.WWW_AUTHENTICATE,
                presented ? "Bearer error=\"invalid_token\"" : "Bearer");
    }
}
