package io.cita.domain.voice;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One phone call the voice assistant took (seed 001's vapi_call_logs), from Vapi's end-of-call report: who called,
 * when and for how long, why it ended, what was said, and the booking it made or the error it met.
 */
public record CallLog(String id, String tenantId, String callId, String callerPhone, Instant startedAt,
                      Instant endedAt, long durationSeconds, String endedReason, String transcript, String summary,
                      String structuredData, Long costCents, String bookingId, String bookingError,
                      Instant createdAt) {
    public CallLog {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(createdAt, "createdAt");
        if (durationSeconds < 0) {
            throw new IllegalArgumentException("durationSeconds must not be negative");
        }
    }

    /** Whether the call ended with a booking made. */
    public boolean booked() {
        return bookingId != null;
    }

    /** The minutes {@code seconds} of calls count for against a plan: a started minute counts whole. */
    public static long minutes(long seconds) {
        return Duration.ofSeconds(seconds).plusSeconds(59).toMinutes();
    }
}
