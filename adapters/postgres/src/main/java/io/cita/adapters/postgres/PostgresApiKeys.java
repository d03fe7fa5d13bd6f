package io.cita.adapters.postgres;

import io.cita.application.port.out.ApiKeys;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.query.ApiKey;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys in tenant_api_keys. */
@Singleton
@Requires(env = "postgres")
public class PostgresApiKeys implements ApiKeys {
    private static final String SELECT = "SELECT * FROM tenant_api_keys ";
    private final PostgresTransactions tx;

    public PostgresApiKeys(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void create(ApiKey key, AuditRecord audit) {
        tx.writeAtomically(c -> {
            Pipeline steps = new Pipeline();
            steps.add("INSERT INTO tenant_api_keys (id, tenant_id, kind, name, key_prefix, key_hash, allowed_origins, "
                            + "status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?)", key.id(), key.tenantId(),
                    Sql.lower(key.kind()), key.name(), key.prefix(), key.hash(), key.allowedOrigins(), key.createdAt());
            PostgresAuditLog.insert(steps, audit);
            steps.run(c);
            return StoreOutcome.DONE;
        });
    }

    @Override
    public List<ApiKey> findByPrefix(String prefix) {
        return tx.read(c -> Sql.query(c, PostgresApiKeys::map, SELECT + "WHERE key_prefix = ?", prefix));
    }

    @Override
    public Optional<ApiKey> find(String tenantId, String keyId) {
        return tx.read(c -> Sql.one(c, PostgresApiKeys::map, SELECT + "WHERE tenant_id = ? AND id = ?", tenantId, keyId));
    }

    @Override
    public Page<ApiKey> list(String tenantId, PageRequest page) {
        return tx.read(c -> Pages.byId(c, PostgresApiKeys::map, ApiKey::id, SELECT + "WHERE tenant_id = ?", page, tenantId));
    }

    @Override
    public boolean revoke(String tenantId, String keyId, AuditRecord audit) {
        return PostgresAuditLog.changeOne(tx, audit, c -> Sql.update(c, "UPDATE tenant_api_keys "
                + "SET status = 'revoked', revoked_at = now() WHERE tenant_id = ? AND id = ?", tenantId, keyId));
    }

    @Override
    public void touch(String tenantId, String keyId, Instant at) {
        tx.write(c -> Sql.update(c, "UPDATE tenant_api_keys SET last_used_at = ? WHERE tenant_id = ? AND id = ?",
                at, tenantId, keyId));
    }

    private static ApiKey map(ResultSet rs) throws SQLException {
        return new ApiKey(rs.getString("id"), rs.getString("tenant_id"), Sql.upper(ApiKey.Kind.class, rs.getString("kind")),
                rs.getString("name"), rs.getString("key_prefix"), rs.getString("key_hash"),
                Sql.strings(rs, "allowed_origins"), "active".equals(rs.getString("status")),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "last_used_at"));
    }
}
