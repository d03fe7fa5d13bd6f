package io.cita.adapters.postgres;

import io.cita.application.port.out.Session;
import io.cita.application.port.out.SessionAccess;
import io.cita.application.port.out.Sessions;
import io.cita.application.port.query.Membership;
import io.cita.domain.access.Role;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Login sessions in seed 001's user_sessions (token_jti is the session id), with the refresh token's hash. */
@Singleton
@Requires(env = "postgres")
public class PostgresSessions implements Sessions {
    private final PostgresTransactions tx;

    public PostgresSessions(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void create(Session session) {
        tx.write(c -> insert(c, session));
    }

    private static int insert(Connection c, Session session) {
        return Sql.update(c, "INSERT INTO user_sessions (id, user_id, token_jti, refresh_hash, ip_address, user_agent, "
                        + "expires_at, created_at) VALUES (?, ?, ?, ?, CAST(? AS inet), ?, ?, ?)", session.id(),
                session.userId(), session.id(), session.refreshHash(), Inet.orNull(session.ip()), session.userAgent(),
                session.expiresAt(), session.createdAt());
    }

    @Override
    public Optional<Session> find(String sessionId) {
        return tx.read(c -> Sql.one(c, PostgresSessions::map, "SELECT id, user_id, refresh_hash, expires_at, created_at, "
                + "revoked_at, replaced_by, host(ip_address) AS ip, user_agent FROM user_sessions WHERE id = ?", sessionId));
    }

    @Override
    public SessionAccess findWithMembership(String sessionId, String tenantId, String userId) {
        return tx.read(c -> Sql.one(c, rs -> new SessionAccess(
                        rs.getString("id") == null ? Optional.empty() : Optional.of(map(rs)),
                        rs.getString("role") == null ? Optional.empty() : Optional.of(new Membership(tenantId, userId,
                                Sql.upper(Role.class, rs.getString("role")), rs.getString("resource_id"))),
                        PostgresTenants.versioned(rs, "tenant_")),
                "SELECT s.id, s.user_id, s.refresh_hash, s.expires_at, s.created_at, s.revoked_at, s.replaced_by, "
                        + "host(s.ip_address) AS ip, s.user_agent, m.role, m.resource_id, "
                        + PostgresTenants.versionedColumns("tenant_") + " FROM (SELECT 1) AS one "
                        + "LEFT JOIN user_sessions s ON s.id = ? "
                        + "LEFT JOIN tenant_users m ON m.tenant_id = ? AND m.user_id = ? "
                        + "LEFT JOIN tenants t ON t.id = ?", sessionId, tenantId, userId, tenantId))
                .orElseThrow();
    }

    @Override
    public boolean rotate(String oldId, Session replacement, Instant at) {
        return tx.write(c -> {
            if (Sql.update(c, "UPDATE user_sessions SET revoked_at = ?, replaced_by = ? WHERE id = ? AND revoked_at IS NULL",
                    at, replacement.id(), oldId) == 0) {
                return false;
            }
            insert(c, replacement);
            return true;
        });
    }

    @Override
    public void revoke(String sessionId, Instant at) {
        tx.write(c -> Sql.update(c, "UPDATE user_sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                at, sessionId));
    }

    @Override
    public void revokeAll(String userId, Instant at) {
        tx.write(c -> Sql.update(c, "UPDATE user_sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                at, userId));
    }

    private static Session map(ResultSet rs) throws SQLException {
        return new Session(rs.getString("id"), rs.getString("user_id"), rs.getString("refresh_hash"),
                Sql.instant(rs, "expires_at"), Sql.instant(rs, "created_at"), Sql.instant(rs, "revoked_at"),
                rs.getString("replaced_by"), rs.getString("ip"), rs.getString("user_agent"));
    }
}
