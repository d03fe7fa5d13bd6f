package io.cita.adapters.rest.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.rules.SecurityRuleResult;
import java.util.Optional;

/**
 * How a security rule says why it refuses a request: it keeps the problem answer (401, 404 for a tenant the caller
 * may not know of, 403, 429) on the request, and {@link AccessRefusalHandler} sends it instead of Micronaut's own.
 */
final class AccessRefusal {
    private static final String ATTRIBUTE = "cita.access-refusal";

    private AccessRefusal() {
    }

    /** ALLOWED without an answer; REJECTED with {@code answer} kept for the handler. */
    static SecurityRuleResult of(HttpRequest<?> request, Optional<? extends MutableHttpResponse<?>> answer) {
        if (answer.isEmpty()) {
            return SecurityRuleResult.ALLOWED;
        }
        request.setAttribute(ATTRIBUTE, answer.get());
        return SecurityRuleResult.REJECTED;
    }

    static Optional<MutableHttpResponse<?>> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE).map(answer -> (MutableHttpResponse<?>) answer);
    }
}
