package io.cita.application.port.out;

import java.time.Instant;

/**
 * Outgoing port that removes what has outlived its use: expired sessions, old login attempts, processed webhook
 * events, idempotency keys and conversations. A store whose items expire by themselves (DynamoDB's TTL) does nothing.
 */
public interface ExpiredRecords {
    /**
     * Removes what expired before {@code now}; safe when several instances call it at once: one of them does the work
     * and the others are told it is taken.
     */
    Purge purge(Instant now);

    /** What one call did: whether this caller did the work, and how many records it removed. */
    record Purge(boolean ran, long removed) {
        public static Purge takenElsewhere() {
            return new Purge(false, 0);
        }
    }
}
