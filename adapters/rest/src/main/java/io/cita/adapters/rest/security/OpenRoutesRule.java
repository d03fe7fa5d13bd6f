package io.cita.adapters.rest.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Every route but a tenant's and the platform's administration opens to anyone as far as Micronaut Security goes:
 * sign-up and login, the public API (its publishable key is checked by {@link PublicApiFilter}), webhooks (their
 * providers' signatures), calendar feeds and pages (their tokens), health, metrics ({@link MetricsTokenFilter}).
 * The last rule asked, so the tenant and admin rules decide their own paths.
 */
@Singleton
public class OpenRoutesRule implements SecurityRule<HttpRequest<?>> {
    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request,
                                               @Nullable Authentication authentication) {
        boolean guarded = request != null && (request.getPath().startsWith(TenantAccessRule.PATHS)
                || request.getPath().startsWith(AdminRule.PATHS));
        return Mono.just(guarded ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.ALLOWED);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
