package io.cita.adapters.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Token buckets per subject and quota. */
class RateLimiterTest {

    @Test
    void aSubjectGetsItsQuotaThenIsRefusedWithARetryTime_whileOthersAreUntouched() {
        RateLimiter limiter = new RateLimiter();
        for (int i = 0; i < 3; i++) {
            RateLimiter.Decision decision = limiter.take("login", "203.0.113.7", RateLimiter.Quota.perMinute(3));
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(2 - i);
        }
        RateLimiter.Decision refused = limiter.take("login", "203.0.113.7", RateLimiter.Quota.perMinute(3));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.resetSeconds()).isBetween(1L, 60L);
        assertThat(refused.policyHeader()).isEqualTo("\"login\";q=3;w=60");
        assertThat(refused.stateHeader()).startsWith("\"login\";r=0;t=");

        assertThat(limiter.take("login", "198.51.100.1", RateLimiter.Quota.perMinute(3)).allowed()).isTrue();
        assertThat(limiter.take("public-booking", "203.0.113.7", RateLimiter.Quota.perMinute(3)).allowed()).isTrue();
    }

    @Test
    void aQuotaOverALongerWindowSaysItsWindow_andWaitsUpToIt() {
        RateLimiter limiter = new RateLimiter();
        RateLimiter.Quota hourly = new RateLimiter.Quota(1, Duration.ofHours(1));
        assertThat(limiter.take("signup", "203.0.113.7", hourly).allowed()).isTrue();
        RateLimiter.Decision refused = limiter.take("signup", "203.0.113.7", hourly);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.policyHeader()).isEqualTo("\"signup\";q=1;w=3600");
        assertThat(refused.resetSeconds()).isBetween(3500L, 3600L);
    }
}
