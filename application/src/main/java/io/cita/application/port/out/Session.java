package io.cita.application.port.out;

import java.time.Instant;

/**
 * A login session (seed 001's user_sessions): the refresh token's hash, its expiry, when it was revoked and, when
 * revoked by rotation, the session that replaced it.
 */
public record Session(String id, String userId, String refreshHash, Instant expiresAt, Instant createdAt,
                      Instant revokedAt, String replacedBy, String ip, String userAgent) {
    public boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
