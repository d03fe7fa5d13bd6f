package io.cita.adapters.postgres;

import io.cita.application.port.out.AuditLog;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.query.AuditEntry;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.client.Client;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** The audit log in seed 001's audit_logs, newest first by its time-ordered id. */
@Singleton
@Requires(env = "postgres")
public class PostgresAuditLog implements AuditLog {
    private static final String SELECT = "SELECT id, tenant_id, actor_type, actor_id, action, table_name, record_id, "
            + "old_values::text AS old_values, new_values::text AS new_values, host(ip_address) AS ip, user_agent, "
            + "timestamp FROM audit_logs ";
    private final PostgresTransactions tx;

    public PostgresAuditLog(PostgresTransactions tx) {
        this.tx = tx;
    }

    /**
     * Queues the entry's insert, to run inside whatever transaction the queue runs in (the change it describes);
     * nothing for a null entry.
     */
    static void insert(Pipeline steps, AuditRecord audit) {
        if (audit == null) {
            return;
        }
        AuditEntry entry = audit.entry();
        steps.add("INSERT INTO audit_logs (id, tenant_id, action, table_name, record_id, actor_type, "
                        + "actor_id, timestamp, ip_address, user_agent, old_values, new_values) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS inet), ?, CAST(? AS jsonb), CAST(? AS jsonb))",
                entry.id(), entry.tenantId(), entry.action(), entry.entityType(), entry.entityId(), entry.actorType(),
                entry.actorId(), entry.at(), Inet.orNull(entry.ip()), entry.userAgent(), Json.render(audit.before()),
                Json.render(audit.after()));
    }

    /** Inserts the entry now, on the connection (and in the transaction) of the change it describes. */
    static void insert(Connection connection, AuditRecord audit) {
        Pipeline steps = new Pipeline();
        insert(steps, audit);
        steps.run(connection);
    }

    /**
     * Runs a change of at most one row and, when it changed one, inserts its entry in the same transaction; false,
     * with nothing written, when it changed none.
     */
    static boolean changeOne(PostgresTransactions tx, AuditRecord audit, Function<Connection, Integer> change) {
        return tx.writeOutcome(c -> {
            if (change.apply(c) == 0) {
                throw new Refusal(StoreOutcome.STALE);
            }
            insert(c, audit);
            return StoreOutcome.DONE;
        }) == StoreOutcome.DONE;
    }

    @Override
    public Page<AuditEntry> list(String tenantId, PageRequest page) {
        String before = Cursors.decode(page.cursor());
        List<Object> params = new ArrayList<>(List.of(tenantId));
        String sql = SELECT + "WHERE tenant_id = ?";
        if (before != null) {
            sql += " AND id < ?";
            params.add(before);
        }
        params.add(page.limit() + 1);
        String query = sql + " ORDER BY id DESC LIMIT ?";
        return tx.read(c -> Pages.slice(Sql.query(c, PostgresAuditLog::map, query, params.toArray()), page.limit(),
                last -> Cursors.encode(last.id())));
    }

    @Override
    public List<Client> clientAsRecorded(String tenantId, String clientId) {
        List<AuditEntry> entries = tx.read(c -> Sql.query(c, PostgresAuditLog::map, SELECT + "WHERE tenant_id = ? "
                + "AND table_name = 'client' AND record_id = ? ORDER BY id", tenantId, clientId));
        return entries.stream().flatMap(entry -> Stream.of(entry.oldValues(), entry.newValues()))
                .flatMap(values -> Json.readClient(values).stream()).toList();
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getString("id"), rs.getString("tenant_id"), rs.getString("actor_type"),
                rs.getString("actor_id"), rs.getString("action"), rs.getString("table_name"), rs.getString("record_id"),
                rs.getString("old_values"), rs.getString("new_values"), rs.getString("ip"), rs.getString("user_agent"),
                Sql.instant(rs, "timestamp"));
    }
}
