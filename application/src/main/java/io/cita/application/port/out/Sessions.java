package io.cita.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** Outgoing persistence port for login sessions (refresh tokens with rotation and revocation). */
public interface Sessions {
    void create(Session session);

    Optional<Session> find(String sessionId);

    /** The session and the user's membership of the tenant, read in one step (one query, one batch read). */
    SessionAccess findWithMembership(String sessionId, String tenantId, String userId);

    /** Revokes {@code oldId} and stores {@code replacement} in one atomic step, only if the old one is unrevoked. */
    boolean rotate(String oldId, Session replacement, Instant at);

    void revoke(String sessionId, Instant at);

    /** Revokes every session of a user (a reused refresh token means it was stolen). */
    void revokeAll(String userId, Instant at);
}
