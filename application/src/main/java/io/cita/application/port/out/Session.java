package io.cita.application.port.out;

import java.time.Instant;

/** A login session (seed 001's user_sessions): the refresh token's hash, its expiry, and when it was revoked. */
public record Session(String id, String userId, String refreshHash, Instant expiresAt, Instant createdAt,
                      Instant revokedAt, String ip, String userAgent) {
    public boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
