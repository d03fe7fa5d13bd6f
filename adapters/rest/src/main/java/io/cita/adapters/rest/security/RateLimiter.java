package io.cita.adapters.rest.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets (Bucket4j) per named subject, each refilled with its whole quota once per window. Shared by every
 * instance through the store when it provides Bucket4j's {@link ProxyManager} (the store adapter's, the one interface
 * between the two, so the REST adapter never names a store); otherwise held in this instance's memory, least recently
 * used first out ({@code cita.rate-limits.shared=false}, for a single instance: N instances would allow N times the
 * quota).
 */
public class RateLimiter {
    private static final int MAX_SUBJECTS = 100_000;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_SUBJECTS;
        }
    });

    private final ProxyManager<String> shared;

    /** Buckets in memory. */
    public RateLimiter() {
        this(null);
    }

    /** Buckets in {@code shared}, or in memory when it is null. */
    public RateLimiter(ProxyManager<String> shared) {
        this.shared = shared;
    }

    /** A quota: {@code limit} requests per {@code window}. */
    public record Quota(long limit, Duration window) {
        public static Quota perMinute(long limit) {
            return new Quota(limit, Duration.ofMinutes(1));
        }
    }

    /** The answer for one request: allowed or not, what is left, and when the quota is whole again. */
    public record Decision(String policy, Quota quota, long remaining, long resetSeconds, boolean allowed) {
        public String policyHeader() {
            return "\"" + policy + "\";q=" + quota.limit() + ";w=" + quota.window().toSeconds();
        }

        public String stateHeader() {
            return "\"" + policy + "\";r=" + remaining + ";t=" + resetSeconds;
        }
    }

    private static BucketConfiguration configuration(Quota quota) {
        return BucketConfiguration.builder().addLimit(limit -> limit.capacity(quota.limit())
                .refillIntervally(quota.limit(), quota.window())).build();
    }

    /** Takes one token of {@code subject}'s bucket of {@code quota} (a changed quota starts a new bucket). */
    public Decision take(String policy, String subject, Quota quota) {
        String key = policy + ":" + subject + ":" + quota.limit() + "/" + quota.window().toSeconds();
        ConsumptionProbe probe = buckets.computeIfAbsent(key, ignored -> shared == null
                ? Bucket.builder().addLimit(limit -> limit.capacity(quota.limit())
                        .refillIntervally(quota.limit(), quota.window())).build()
                // concurrent takes of one bucket on this instance share one trip to the store
                : shared.builder().withOptimization(Optimizations.batching()).build(key, () -> configuration(quota)))
                .tryConsumeAndReturnRemaining(1);
        long reset = Math.max(1, (long) Math.ceil(probe.getNanosToWaitForReset() / 1e9));
        long retry = (long) Math.ceil(probe.getNanosToWaitForRefill() / 1e9);
        return new Decision(policy, quota, probe.getRemainingTokens(), probe.isConsumed() ? reset : Math.max(1, retry),
                probe.isConsumed());
    }
}
