package io.cita.application.port.in;

import io.cita.application.port.query.Membership;
import io.cita.application.port.query.VersionedTenant;
import java.util.List;
import java.util.Optional;

/**
 * Logging in with e-mail and password (with lockout), refreshing and ending sessions, and checking a logged-in
 * user's membership of a tenant.
 */
public interface LogInUseCase {
    LoginResult logIn(String email, String password, String ip, String userAgent);

    /** Exchanges a refresh token for a new session (rotation); a reused or revoked token ends every session. */
    LoginResult refresh(String refreshToken, String ip, String userAgent);

    void logOut(String sessionId);

    /** Whether an access token's session is still active (not logged out, not revoked). */
    boolean sessionActive(String sessionId);

    /** The token's session, the user's membership of the tenant and the tenant, read together for a tenant request. */
    TenantAccess tenantAccess(String sessionId, String tenantId, String userId);

    boolean isSuperAdmin(String userId);

    /**
     * Whether the session is active (else 401) and, if it is, the membership (else 404: not this user's tenant) and
     * the tenant as read with it, for the request's use case to start from instead of reading it again.
     */
    record TenantAccess(boolean sessionActive, Optional<Membership> membership, Optional<VersionedTenant> tenant) {
    }

    /** The user, the new session, its refresh token (shown once) and the tenants the user belongs to. */
    record LoginResult(String userId, String sessionId, String refreshToken, List<Membership> memberships) {
    }
}
