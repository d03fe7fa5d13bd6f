package io.cita.application.port.out;

import java.time.Instant;

/** Outgoing persistence port for idempotency keys: one claim per tenant and key until it expires. */
public interface IdempotencyKeys {
    /**
     * Claims a key for a request fingerprint, atomically: a new (or expired) key becomes in-progress and
     * {@code null} is returned; otherwise the stored record is returned for the caller to judge.
     */
    StoredResponse claim(String tenantId, String key, String fingerprint, Instant now, Instant expiresAt);

    void complete(String tenantId, String key, int status, String body);

    void release(String tenantId, String key);

    /** A claimed key: its request fingerprint and, once complete, the response (status 0 while in flight). */
    record StoredResponse(String fingerprint, int status, String body) {
        public boolean inFlight() {
            return status == 0;
        }
    }
}
