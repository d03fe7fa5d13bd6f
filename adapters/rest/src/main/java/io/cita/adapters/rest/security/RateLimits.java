package io.cita.adapters.rest.security;

import io.cita.adapters.rest.problem.Problem;
import io.cita.adapters.rest.problem.Problems;
import io.cita.adapters.rest.security.RateLimiter.Quota;
import io.cita.application.port.in.ManageTenantUseCase;
import io.cita.domain.plan.Limit;
import io.cita.domain.plan.LimitKind;
import io.cita.domain.plan.PlanLimitPolicy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate limits: a tenant's staff and secret-key requests per minute from its plan (and the same quota per API
 * key); the public API's calls per publishable key (the plan's quota, never the tenant's own bucket) and per
 * address; and the {@link AddressPolicy} quotas of the routes a stranger reaches. A refused request gets 429
 * problem+json with Retry-After; every limited response carries the RateLimit-Policy and RateLimit headers of the
 * IETF draft (of its tightest bucket). {@code cita.rate-limits.enabled=false} turns them off (load tests of the service
 * itself).
 */
@Singleton
public class RateLimits {
    static final String DECISION = "cita.rate-limit";
    private static final Duration PLAN_CACHE = Duration.ofMinutes(1);
    private final RateLimiter limiter;
    private final ManageTenantUseCase tenants;
    private final AddressQuotas addressQuotas;
    private final Map<String, CachedQuota> quotas = new ConcurrentHashMap<>();
    private final MeterRegistry registry;
    private final boolean enabled;

    private record CachedQuota(long perMinute, Instant until) {
    }

    public RateLimits(ManageTenantUseCase tenants, AddressQuotas addressQuotas, @Nullable ProxyManager<String> shared,
                      @Nullable MeterRegistry registry, @Value("${cita.rate-limits.enabled:true}") boolean enabled) {
        this.limiter = new RateLimiter(shared);
        this.registry = registry;
        this.tenants = tenants;
        this.addressQuotas = addressQuotas;
        this.enabled = enabled;
    }

    /** Counts a request against its tenant's plan quota; a refusal to answer, or empty to go on. */
    Optional<MutableHttpResponse<Problem>> tenant(HttpRequest<?> request, String tenantId) {
        return take(request, "tenant", tenantId, Quota.perMinute(quota(tenantId)));
    }

    /** Counts a request against an API key's quota (its tenant's plan quota). */
    Optional<MutableHttpResponse<Problem>> apiKey(HttpRequest<?> request, String tenantId, String keyId) {
        return take(request, "api-key", keyId, Quota.perMinute(quota(tenantId)));
    }

    /** Counts a public call against its address's bucket, then its publishable key's. */
    Optional<MutableHttpResponse<Problem>> publicCall(HttpRequest<?> request, String tenantId, String keyId) {
        return take(request, "public", String.valueOf(ClientAddress.of(request)), addressQuotas.publicRequests())
                .or(() -> take(request, "publishable-key", keyId, Quota.perMinute(quota(tenantId))));
    }

    /**
     * Counts a public hold against its holder's quota at this business (the address quota's size, per hold
     * lifetime): the same person from many addresses keeps no more holds than from one.
     */
    public Optional<MutableHttpResponse<Problem>> publicHoldFor(HttpRequest<?> request, String tenantId,
                                                                String holder) {
        return take(request, "public-holds-per-holder", tenantId + "/" + holder,
                addressQuotas.of(AddressPolicy.PUBLIC_HOLD));
    }

    /** Counts a request against one of the stranger's quotas, for {@code subject} (an address, a reference). */
    Optional<MutableHttpResponse<Problem>> address(HttpRequest<?> request, AddressPolicy policy, String subject) {
        return take(request, policy.policyName(), subject, addressQuotas.of(policy));
    }

    private Optional<MutableHttpResponse<Problem>> take(HttpRequest<?> request, String policy, String subject,
                                                        Quota quota) {
        if (!enabled) {
            return Optional.empty();
        }
        Optional<MutableHttpResponse<Problem>> refused = check(request, limiter.take(policy, subject, quota));
        if (refused.isPresent() && registry != null) {
            // one label, the policy: a dozen values, never a tenant or an address
            registry.counter("cita.rate_limit.refusals", "policy", policy).increment();
        }
        return refused;
    }

    private long quota(String tenantId) {
        CachedQuota cached = quotas.get(tenantId);
        Instant now = Instant.now();
        if (cached == null || cached.until().isBefore(now)) {
            Limit perMinute = PlanLimitPolicy.limitOf(tenants.plan(tenantId), LimitKind.REQUESTS_PER_MINUTE);
            cached = new CachedQuota(perMinute.isUnlimited() ? 1_000_000_000L : perMinute.bound(), now.plus(PLAN_CACHE));
            quotas.put(tenantId, cached);
        }
        return cached.perMinute();
    }

    /** Keeps the tightest decision for the headers; a refusal becomes the 429 to answer. */
    private static Optional<MutableHttpResponse<Problem>> check(HttpRequest<?> request, RateLimiter.Decision decision) {
        Optional<RateLimiter.Decision> earlier = request.getAttribute(DECISION, RateLimiter.Decision.class);
        if (earlier.isEmpty() || decision.remaining() <= earlier.get().remaining()) {
            request.setAttribute(DECISION, decision);
        }
        if (decision.allowed()) {
            return Optional.empty();
        }
        request.setAttribute(DECISION, decision);
        MutableHttpResponse<Problem> refused = Problems.response(Problem.of(429, "rate-limited", "Too many requests",
                "The " + decision.policy() + " quota of " + decision.quota().limit() + " requests in "
                        + decision.quota().window().toSeconds() + " s is used up"));
        headers(refused, decision);
        return Optional.of(refused.header("Retry-After", Long.toString(decision.resetSeconds())));
    }

    static void headers(MutableHttpResponse<?> response, RateLimiter.Decision decision) {
        response.header("RateLimit-Policy", decision.policyHeader()).header("RateLimit", decision.stateHeader());
    }
}
