package io.cita.domain.shared;

import java.time.Instant;

/**
 * The start of ids that sort by time: nine base-36 digits of the epoch milliseconds, zero-padded, so that text order
 * is time order until the year 5188 (deliveries, feedback requests; their logs list newest first by id).
 */
public final class TimeOrder {
    private static final int DIGITS = 9;

    private TimeOrder() {
    }

    /** The nine digits of {@code time} (times before 1970 count as 1970). */
    public static String digits(Instant time) {
        String millis = Long.toString(Math.max(0, time.toEpochMilli()), 36);
        return "0".repeat(Math.max(0, DIGITS - millis.length())) + millis;
    }
}
