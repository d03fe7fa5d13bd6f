package io.cita.adapters.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void aSubjectGetsItsQuotaThenIsRefusedWithARetryTime_whileOthersAreUntouched() {
        RateLimiter limiter = new RateLimiter();
        for (int i = 0; i < 3; i++) {
            RateLimiter.Decision decision = limiter.take("login", "203.0.113.7", 3);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(2 - i);
        }
        RateLimiter.Decision refused = limiter.take("login", "203.0.113.7", 3);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.resetSeconds()).isBetween(1L, 60L);
        assertThat(refused.policyHeader()).isEqualTo("\"login\";q=3;w=60");
        assertThat(refused.stateHeader()).startsWith("\"login\";r=0;t=");

        assertThat(limiter.take("login", "198.51.100.1", 3).allowed()).isTrue();
        assertThat(limiter.take("public-booking", "203.0.113.7", 3).allowed()).isTrue();
    }
}
