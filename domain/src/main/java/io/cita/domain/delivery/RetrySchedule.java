package io.cita.domain.delivery;

import java.time.Duration;
import java.util.List;

/**
 * When a failed delivery is tried again: a list of delays after each failed attempt, each with up to a tenth of
 * jitter so that many failures do not retry in step; after the last one the delivery is dead.
 */
public record RetrySchedule(List<Duration> delays) {
    /** The Standard Webhooks schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (about 28 hours in all). */
    public static final RetrySchedule WEBHOOKS = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10)));
    /** Messages (seed 003): three attempts over about fifteen minutes. */
    public static final RetrySchedule MESSAGES = new RetrySchedule(List.of(Duration.ofMinutes(3), Duration.ofMinutes(12)));

    public RetrySchedule {
        delays = List.copyOf(delays);
    }

    /** How many attempts a delivery gets in all. */
    public int attempts() {
        return delays.size() + 1;
    }

    /**
     * The wait after failed attempt number {@code attempt} (1-based), stretched by {@code jitter} in [0, 1) times a
     * tenth; null when that was the last attempt.
     */
    public Duration after(int attempt, double jitter) {
        if (attempt < 1 || attempt > delays.size()) {
            return null;
        }
        Duration base = delays.get(attempt - 1);
        return base.plusMillis((long) (base.toMillis() * 0.1 * Math.max(0, Math.min(jitter, 1))));
    }
}
