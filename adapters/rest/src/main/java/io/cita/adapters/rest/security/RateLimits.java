package io.cita.adapters.rest.security;

import io.cita.adapters.rest.problem.Problem;
import io.cita.adapters.rest.problem.Problems;
import io.cita.application.port.in.ManageTenantUseCase;
import io.cita.domain.plan.Limit;
import io.cita.domain.plan.LimitKind;
import io.cita.domain.plan.PlanLimitPolicy;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate limits: a tenant's requests per minute from its plan (and the same quota per API key), and fixed quotas
 * per client address for logins, public bookings and calendar feeds. A refused request gets 429 problem+json with
 * Retry-After; every limited response carries the RateLimit-Policy and RateLimit headers of the IETF draft.
 * {@code cita.rate-limits.enabled=false} turns them off (load tests of the service itself).
 */
@Singleton
public class RateLimits {
    static final String DECISION = "cita.rate-limit";
    private static final Duration PLAN_CACHE = Duration.ofMinutes(1);
    private final RateLimiter limiter = new RateLimiter();
    private final ManageTenantUseCase tenants;
    private final long loginsPerMinute;
    private final long publicBookingsPerMinute;
    private final long calendarFeedsPerMinute;
    private final Map<String, CachedQuota> quotas = new ConcurrentHashMap<>();
    private final boolean enabled;

    private record CachedQuota(long perMinute, Instant until) {
    }

    public RateLimits(ManageTenantUseCase tenants,
                      @Value("${cita.rate-limits.logins-per-minute-per-address:20}") long loginsPerMinute,
                      @Value("${cita.rate-limits.public-bookings-per-minute-per-address:10}") long publicBookingsPerMinute,
                      @Value("${cita.rate-limits.calendar-feeds-per-minute-per-address:30}")
                      long calendarFeedsPerMinute,
                      @Value("${cita.rate-limits.enabled:true}") boolean enabled) {
        this.calendarFeedsPerMinute = calendarFeedsPerMinute;
        this.enabled = enabled;
        this.tenants = tenants;
        this.loginsPerMinute = loginsPerMinute;
        this.publicBookingsPerMinute = publicBookingsPerMinute;
    }

    /** Counts a request against its tenant's plan quota; a refusal to answer, or empty to go on. */
    Optional<MutableHttpResponse<Problem>> tenant(HttpRequest<?> request, String tenantId) {
        return enabled ? check(request, limiter.take("tenant", tenantId, quota(tenantId))) : Optional.empty();
    }

    /** Counts a request against an API key's quota (its tenant's plan quota). */
    Optional<MutableHttpResponse<Problem>> apiKey(HttpRequest<?> request, String tenantId, String keyId) {
        return enabled ? check(request, limiter.take("api-key", keyId, quota(tenantId))) : Optional.empty();
    }

    Optional<MutableHttpResponse<Problem>> login(HttpRequest<?> request) {
        return enabled ? check(request, limiter.take("login", String.valueOf(ClientAddress.of(request)), loginsPerMinute))
                : Optional.empty();
    }

    Optional<MutableHttpResponse<Problem>> publicBooking(HttpRequest<?> request) {
        return enabled ? check(request, limiter.take("public-booking", String.valueOf(ClientAddress.of(request)),
                publicBookingsPerMinute)) : Optional.empty();
    }

    /** Counts a calendar feed's fetch against its address's quota, in a bucket of its own. */
    public Optional<MutableHttpResponse<Problem>> calendarFeed(HttpRequest<?> request) {
        return enabled ? check(request, limiter.take("calendar-feed", String.valueOf(ClientAddress.of(request)),
                calendarFeedsPerMinute)) : Optional.empty();
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

    private static Optional<MutableHttpResponse<Problem>> check(HttpRequest<?> request, RateLimiter.Decision decision) {
        request.setAttribute(DECISION, decision);
        if (decision.allowed()) {
            return Optional.empty();
        }
        MutableHttpResponse<Problem> refused = Problems.response(Problem.of(429, "rate-limited", "Too many requests",
                "The " + decision.policy() + " quota of " + decision.limit() + " requests a minute is used up"));
        headers(refused, decision);
        return Optional.of(refused.header("Retry-After", Long.toString(decision.resetSeconds())));
    }

    static void headers(MutableHttpResponse<?> response, RateLimiter.Decision decision) {
        response.header("RateLimit-Policy", decision.policyHeader()).header("RateLimit", decision.stateHeader());
    }
}
