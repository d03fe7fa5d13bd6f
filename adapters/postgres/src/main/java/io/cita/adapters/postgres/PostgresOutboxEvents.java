package io.cita.adapters.postgres;

import io.cita.application.port.out.OutboxEvent;
import io.cita.application.port.out.OutboxEvents;
import io.cita.application.port.out.OutboxRecord;
import io.cita.domain.delivery.EventType;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outbox in appointment_events (a booking's change by its name, any other event by its wire name, the subject's id
 * in appointment_id): a claim takes the oldest pending events with FOR UPDATE SKIP LOCKED (instances
 * claiming at once get different rows) whose lease is free, skipping any whose appointment has an earlier pending one.
 */
@Singleton
@Requires(env = "postgres")
public class PostgresOutboxEvents implements OutboxEvents {
    private final PostgresTransactions tx;

    public PostgresOutboxEvents(PostgresTransactions tx) {
        this.tx = tx;
    }

    /** Writes an event that is not a booking's on the connection (and in the transaction) of its change. */
    static void insert(Connection connection, OutboxRecord event) {
        if (event != null) {
            Sql.update(connection, "INSERT INTO appointment_events (tenant_id, appointment_id, event_type, status, "
                            + "occurred_at) VALUES (?, ?, ?, ?, ?)", event.tenantId(), event.subjectId(),
                    event.type().wireName(), event.detail(), event.occurredAt());
        }
    }

    @Override
    public List<OutboxEvent> claim(String owner, Instant now, Duration lease, int limit) {
        return tx.writeOne(c -> Sql.query(c, rs -> new OutboxEvent("evt_" + rs.getLong("id"), rs.getString("tenant_id"),
                        rs.getString("appointment_id"), EventType.ofOutboxRecord(rs.getString("event_type"))
                        .orElse(null), rs.getString("status"), Sql.instant(rs, "occurred_at")),
                "UPDATE appointment_events e SET claimed_by = ?, claim_expires_at = ? WHERE e.id IN ("
                        + "SELECT c.id FROM appointment_events c WHERE c.published_at IS NULL "
                        + "AND (c.claim_expires_at IS NULL OR c.claim_expires_at < ?) AND NOT EXISTS ("
                        + "SELECT 1 FROM appointment_events p WHERE p.appointment_id = c.appointment_id "
                        + "AND p.published_at IS NULL AND p.id < c.id) "
                        + "ORDER BY c.id LIMIT ? FOR UPDATE SKIP LOCKED) "
                        + "RETURNING e.id, e.tenant_id, e.appointment_id, e.event_type, e.status, e.occurred_at",
                owner, now.plus(lease), now, limit)).stream()
                .sorted((a, b) -> Long.compare(number(a), number(b))).toList();
    }

    @Override
    public void markDispatched(List<OutboxEvent> events, Instant at) {
        if (events.isEmpty()) {
            return;
        }
        List<String> numbers = events.stream().map(event -> Long.toString(number(event))).toList();
        tx.writeOne(c -> Sql.update(c, "UPDATE appointment_events SET published_at = ?, claimed_by = NULL, "
                + "claim_expires_at = NULL WHERE id = ANY(?::bigint[])", at, numbers));
    }

    private static long number(OutboxEvent event) {
        return Long.parseLong(event.id().substring("evt_".length()));
    }
}
