package io.cita.domain.access;

import java.time.Duration;
import java.time.Instant;

/**
 * The slow-down of an account tried from many addresses: after {@code freeFailures} failed logins since its last
 * success, the next attempt waits {@code firstWait} after the latest failure, each one after twice as long, up to
 * {@code longestWait} and never longer, so the real owner is slowed, never locked out.
 */
public record LoginThrottle(int freeFailures, Duration firstWait, Duration longestWait) {
    /** Ten free failures, then 30 s, 1 min, 2 min... up to five minutes between attempts. */
    public static final LoginThrottle DEFAULT = new LoginThrottle(10, Duration.ofSeconds(30), Duration.ofMinutes(5));

    public LoginThrottle {
        if (freeFailures < 1 || firstWait.isNegative() || firstWait.isZero() || longestWait.compareTo(firstWait) < 0) {
            throw new IllegalArgumentException("a throttle needs free failures and positive, ordered waits");
        }
    }

    /** Whether the failure that brings an account to {@code failures} is the one that starts its slow-down. */
    public boolean startsAt(int failures) {
        return failures == freeFailures;
    }

    /** How long an attempt at {@code now} must wait after {@code failures} failures, the latest at {@code latest}. */
    public Duration waitAt(int failures, Instant latest, Instant now) {
        if (failures < freeFailures || latest == null) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        long spacing = Math.min(longestWait.toMillis(), firstWait.toMillis() << Math.min(doublings, 20));
        Duration left = Duration.between(now, latest.plusMillis(spacing));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
