package io.cita.adapters.postgres;

import io.cita.application.port.out.InboundEvents;
import io.cita.application.port.query.StoredEvent;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Inbound webhook events in webhook_events; an insert that conflicts on the id is a redelivery. */
@Singleton
@Requires(env = "postgres")
public class PostgresInboundEvents implements InboundEvents {
    private final PostgresTransactions tx;

    public PostgresInboundEvents(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean record(String eventId, String source, String payload, Instant at) {
        return tx.write(c -> Sql.update(c, "INSERT INTO webhook_events (id, source, payload, received_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", eventId, source, payload, at)) == 1;
    }

    @Override
    public void markProcessed(String eventId, Instant at) {
        tx.write(c -> Sql.update(c, "UPDATE webhook_events SET processed_at = ?, payload = '' WHERE id = ?", at,
                eventId));
    }

    @Override
    public List<StoredEvent> claimUnprocessed(String source, Instant receivedBy, String owner, Instant now,
                                              Duration lease, int limit) {
        return tx.writeOne(c -> Sql.query(c, rs -> new StoredEvent(rs.getString("id"), rs.getString("source"),
                        rs.getString("payload"), Sql.instant(rs, "received_at")),
                "UPDATE webhook_events e SET claimed_by = ?, claim_expires_at = ? WHERE e.id IN (SELECT id "
                        + "FROM webhook_events WHERE source = ? AND processed_at IS NULL AND received_at <= ? "
                        + "AND (claim_expires_at IS NULL OR claim_expires_at < ?) ORDER BY received_at LIMIT ? "
                        + "FOR UPDATE SKIP LOCKED) RETURNING e.id, e.source, e.payload, e.received_at",
                owner, now.plus(lease), source, receivedBy, now, limit)).stream()
                .sorted(Comparator.comparing(StoredEvent::receivedAt)).toList();
    }
}
