package io.cita.adapters.postgres;

import io.cita.application.port.out.IdempotencyKeys;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;

/** Idempotency keys in idempotency_keys, claimed with one atomic upsert that only takes over expired rows. */
@Singleton
@Requires(env = "postgres")
public class PostgresIdempotencyKeys implements IdempotencyKeys {
    private final PostgresTransactions tx;

    public PostgresIdempotencyKeys(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public StoredResponse claim(String tenantId, String key, String fingerprint, Instant now, Instant expiresAt) {
        return tx.write(c -> {
            boolean claimed = Sql.one(c, rs -> rs.getString(1), "INSERT INTO idempotency_keys "
                            + "(tenant_id, idem_key, fingerprint, status, body, expires_at) VALUES (?, ?, ?, 0, NULL, ?) "
                            + "ON CONFLICT (tenant_id, idem_key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, "
                            + "status = 0, body = NULL, expires_at = EXCLUDED.expires_at "
                            + "WHERE idempotency_keys.expires_at <= ? RETURNING idem_key",
                    tenantId, key, fingerprint, expiresAt, now).isPresent();
            if (claimed) {
                return null;
            }
            return Sql.one(c, rs -> new StoredResponse(rs.getString("fingerprint"), rs.getInt("status"),
                    rs.getString("body")), "SELECT fingerprint, status, body FROM idempotency_keys "
                    + "WHERE tenant_id = ? AND idem_key = ?", tenantId, key).orElse(null);
        });
    }

    @Override
    public void complete(String tenantId, String key, int status, String body) {
        tx.write(c -> Sql.update(c, "UPDATE idempotency_keys SET status = ?, body = ? WHERE tenant_id = ? AND idem_key = ?",
                status, body, tenantId, key));
    }

    @Override
    public void release(String tenantId, String key) {
        tx.write(c -> Sql.update(c, "DELETE FROM idempotency_keys WHERE tenant_id = ? AND idem_key = ?", tenantId, key));
    }
}
