package io.cita.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The account-wide slow-down: free at first, then doubling, never longer than its bound, never a lockout. */
class LoginThrottleTest {
    private static final Instant LATEST = Instant.parse("2031-03-10T09:00:00Z");
    private final LoginThrottle throttle = LoginThrottle.DEFAULT;

    @Property
    void belowTheFreeFailuresNothingWaits(@ForAll @IntRange(min = 0, max = 9) int failures,
                                          @ForAll @LongRange(min = 0, max = 3600) long secondsLater) {
        assertThat(throttle.waitAt(failures, LATEST, LATEST.plusSeconds(secondsLater))).isZero();
    }

    @Property
    void theWaitNeverExceedsTheLongest_andIsOverOnceItHasPassed(@ForAll @IntRange(min = 0, max = 100_000) int failures,
                                                                @ForAll @LongRange(min = 0, max = 3600) long later) {
        Duration wait = throttle.waitAt(failures, LATEST, LATEST.plusSeconds(later));
        assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(throttle.waitAt(failures, LATEST, LATEST.plus(Duration.ofMinutes(5)).plusSeconds(later)))
                .as("a bounded wait: the owner is slowed, never locked out").isZero();
    }

    @Property
    void theSlowDownStartsAtTheFirstFailureAfterWhichAnAttemptWaits(@ForAll @IntRange(min = 1, max = 100) int failures) {
        boolean waitsNow = !throttle.waitAt(failures, LATEST, LATEST).isZero();
        boolean waitedBefore = !throttle.waitAt(failures - 1, LATEST, LATEST).isZero();
        assertThat(throttle.startsAt(failures)).isEqualTo(waitsNow && !waitedBefore);
    }

    @Property
    void moreFailuresNeverWaitLess(@ForAll @IntRange(min = 10, max = 1000) int failures) {
        assertThat(throttle.waitAt(failures + 1, LATEST, LATEST))
                .isGreaterThanOrEqualTo(throttle.waitAt(failures, LATEST, LATEST));
    }

    @Property
    void theWaitDoublesFromHalfAMinute_upToFive(@ForAll @IntRange(min = 0, max = 40) int beyond) {
        assertThat(throttle.waitAt(10 + beyond, LATEST, LATEST))
                .isEqualTo(Duration.ofSeconds(Math.min(300, 30L << Math.min(beyond, 20))));
    }
}
