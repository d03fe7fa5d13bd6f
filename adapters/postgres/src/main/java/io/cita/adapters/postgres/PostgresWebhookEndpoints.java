package io.cita.adapters.postgres;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.WebhookEndpoints;
import io.cita.domain.delivery.EventType;
import io.cita.domain.delivery.WebhookEndpoint;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A tenant's webhook endpoints in webhook_endpoints; the event types as their wire names. */
@Singleton
@Requires(env = "postgres")
public class PostgresWebhookEndpoints implements WebhookEndpoints {
    private static final String COLUMNS = "id, tenant_id, url, event_types, secret, previous_secret, "
            + "previous_secret_until, enabled, disabled_reason, created_at";
    private final PostgresTransactions tx;

    public PostgresWebhookEndpoints(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void save(WebhookEndpoint e, AuditRecord audit) {
        List<String> types = e.eventTypes().stream().map(EventType::wireName).sorted().toList();
        tx.write(c -> {
            Sql.update(c, "INSERT INTO webhook_endpoints (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                            + "?, ?, now()) ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, event_types = "
                            + "EXCLUDED.event_types, secret = EXCLUDED.secret, previous_secret = "
                            + "EXCLUDED.previous_secret, previous_secret_until = EXCLUDED.previous_secret_until, "
                            + "enabled = EXCLUDED.enabled, disabled_reason = EXCLUDED.disabled_reason, "
                            + "updated_at = now()", e.id(), e.tenantId(), e.url(), types, e.secret(),
                    e.previousSecret(), e.previousSecretUntil(), e.enabled(), e.disabledReason(), e.createdAt());
            PostgresAuditLog.insert(c, audit);
            return null;
        });
    }

    @Override
    public Optional<WebhookEndpoint> find(String tenantId, String endpointId) {
        return tx.read(c -> Sql.one(c, PostgresWebhookEndpoints::map, "SELECT " + COLUMNS + " FROM webhook_endpoints "
                + "WHERE tenant_id = ? AND id = ?", tenantId, endpointId));
    }

    @Override
    public List<WebhookEndpoint> list(String tenantId) {
        return tx.read(c -> Sql.query(c, PostgresWebhookEndpoints::map, "SELECT " + COLUMNS + " FROM webhook_endpoints "
                + "WHERE tenant_id = ? ORDER BY created_at, id", tenantId));
    }

    private static WebhookEndpoint map(ResultSet rs) throws SQLException {
        return new WebhookEndpoint(rs.getString("id"), rs.getString("tenant_id"), rs.getString("url"),
                Sql.strings(rs, "event_types").stream().map(name -> EventType.fromWire(name).orElseThrow())
                        .collect(Collectors.toSet()), rs.getString("secret"), rs.getString("previous_secret"),
                Sql.instant(rs, "previous_secret_until"), rs.getBoolean("enabled"), rs.getString("disabled_reason"),
                Sql.instant(rs, "created_at"));
    }
}
