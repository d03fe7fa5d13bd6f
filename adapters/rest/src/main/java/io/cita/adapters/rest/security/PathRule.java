package io.cita.adapters.rest.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import java.util.Optional;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * A Micronaut Security rule that decides the paths under one prefix, off the event loop: a request there goes on when
 * {@link #refusal} finds no reason to refuse it, and is answered with that refusal otherwise; other paths are left to
 * other rules.
 */
abstract class PathRule implements SecurityRule<HttpRequest<?>> {
    private final String paths;
    private final BlockingRules blocking;

    PathRule(String paths, BlockingRules blocking) {
        this.paths = paths;
        this.blocking = blocking;
    }

    @Override
    public final Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request,
                                                     @Nullable Authentication authentication) {
        if (request == null || !request.getPath().startsWith(paths)) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        return blocking.decide(() -> AccessRefusal.of(request, refusal(request, authentication)));
    }

    /** Why the request may not go on, if it may not; it may set the request's actor and tenant when it may. */
    abstract Optional<? extends MutableHttpResponse<?>> refusal(HttpRequest<?> request,
                                                                @Nullable Authentication authentication);
}
