package io.cita.adapters.postgres;

import io.cita.application.port.out.Deliveries;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.DeliveryStatus;
import io.cita.domain.delivery.EventType;
import io.cita.domain.delivery.ReminderOf;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Deliveries in seed 001's notifications table; due ones are claimed with FOR UPDATE SKIP LOCKED and a lease. */
@Singleton
@Requires(env = "postgres")
public class PostgresDeliveries implements Deliveries {
    private static final String COLUMNS = "id, tenant_id, event_id, channel, recipient, template, payload, status, "
            + "reason, attempts, next_attempt_at, provider_message_id, last_error, created_at, updated_at, booking_id, "
            + "booking_version";
    private static final int ROWS_PER_INSERT = 1_000;
    private final PostgresTransactions tx;

    public PostgresDeliveries(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void enqueue(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        for (int from = 0; from < deliveries.size(); from += ROWS_PER_INSERT) {
            insert(deliveries.subList(from, Math.min(deliveries.size(), from + ROWS_PER_INSERT)));
        }
    }

    /**
     * One statement for the lot (PostgreSQL takes at most 65,535 parameters): new deliveries are stored, those
     * already stored (an event dispatched twice) left as they are.
     */
    private void insert(List<Delivery> rows) {
        List<Object> params = new ArrayList<>();
        for (Delivery d : rows) {
            params.addAll(Arrays.asList(d.id(), d.aboutAnAccount() ? null : d.tenantId(), d.eventId(),
                    Sql.lower(d.channel()), d.recipient(),
                    d.type().wireName(), d.payload(), Sql.lower(d.status()), d.reason(), d.attempts(),
                    d.nextAttemptAt(), d.providerMessageId(), d.lastError(), d.createdAt(), d.updatedAt(),
                    d.reminderOf() == null ? null : d.reminderOf().bookingId(),
                    d.reminderOf() == null ? null : d.reminderOf().bookingVersion()));
        }
        String row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        tx.writeOne(c -> Sql.update(c, "INSERT INTO notifications (" + COLUMNS + ") VALUES "
                + String.join(", ", Collections.nCopies(rows.size(), row)) + " ON CONFLICT (id) DO NOTHING",
                params.toArray()));
    }

    @Override
    public List<Delivery> claimDue(String owner, Instant now, Duration lease, int limit) {
        return tx.writeOne(c -> Sql.query(c, PostgresDeliveries::map, "UPDATE notifications n SET claimed_by = ?, "
                        + "claim_expires_at = ? WHERE n.id IN (SELECT d.id FROM notifications d WHERE d.status IN "
                        + "('queued', 'failed', 'sending') AND d.next_attempt_at <= ? AND (d.claim_expires_at IS NULL "
                        + "OR d.claim_expires_at < ?) ORDER BY d.next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED) "
                        + "RETURNING " + COLUMNS, owner, now.plus(lease), now, now, limit)).stream()
                .sorted((a, b) -> a.nextAttemptAt().compareTo(b.nextAttemptAt())).toList();
    }

    @Override
    public void save(Delivery d) {
        boolean keepClaim = d.status() == DeliveryStatus.SENDING;
        tx.writeOne(c -> Sql.update(c, "UPDATE notifications SET status = ?, reason = ?, attempts = ?, "
                        + "next_attempt_at = ?, provider_message_id = ?, last_error = ?, updated_at = ?, claimed_by = "
                        + "CASE WHEN ? THEN claimed_by END, claim_expires_at = CASE WHEN ? THEN claim_expires_at END "
                        + "WHERE id = ?", Sql.lower(d.status()), d.reason(), d.attempts(), d.nextAttemptAt(),
                d.providerMessageId(), d.lastError(), d.updatedAt(), keepClaim, keepClaim, d.id()));
    }

    /** One UPDATE ... FROM (VALUES ...) for the lot. */
    @Override
    public void saveAll(List<Delivery> all) {
        for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
            List<Delivery> rows = all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT));
            List<Object> params = new ArrayList<>();
            for (Delivery d : rows) {
                params.addAll(Arrays.asList(d.id(), Sql.lower(d.status()), d.reason(), d.attempts(), d.nextAttemptAt(),
                        d.providerMessageId(), d.lastError(), d.updatedAt(), d.status() == DeliveryStatus.SENDING));
            }
            String row = "(?, ?, ?, ?::integer, ?::timestamptz, ?, ?, ?::timestamptz, ?::boolean)";
            tx.writeOne(c -> Sql.update(c, "UPDATE notifications n SET status = v.status, reason = v.reason, "
                    + "attempts = v.attempts, next_attempt_at = v.next_attempt_at, provider_message_id = v.provider_id, "
                    + "last_error = v.last_error, updated_at = v.updated_at, claimed_by = CASE WHEN v.keep_claim THEN "
                    + "n.claimed_by END, claim_expires_at = CASE WHEN v.keep_claim THEN n.claim_expires_at END FROM "
                    + "(VALUES " + String.join(", ", Collections.nCopies(rows.size(), row)) + ") AS v(id, status, "
                    + "reason, attempts, next_attempt_at, provider_id, last_error, updated_at, keep_claim) "
                    + "WHERE n.id = v.id", params.toArray()));
        }
    }

    @Override
    public Optional<Delivery> find(String tenantId, String deliveryId) {
        return tx.read(c -> Sql.one(c, PostgresDeliveries::map, "SELECT " + COLUMNS + " FROM notifications "
                + "WHERE tenant_id = ? AND id = ?", tenantId, deliveryId));
    }

    @Override
    public Page<Delivery> list(String tenantId, DeliveryStatus status, DeliveryChannel channel, PageRequest page) {
        StringBuilder select = new StringBuilder("SELECT " + COLUMNS + " FROM notifications WHERE tenant_id = ?");
        List<Object> params = new ArrayList<>(List.of(tenantId));
        if (status != null) {
            select.append(" AND status = ?");
            params.add(Sql.lower(status));
        }
        if (channel != null) {
            select.append(" AND channel = ?");
            params.add(Sql.lower(channel));
        }
        String before = Cursors.decode(page.cursor());
        if (before != null) {
            select.append(" AND id < ?");
            params.add(before);
        }
        select.append(" ORDER BY id DESC LIMIT ?");
        params.add(page.limit() + 1);
        return tx.read(c -> Pages.slice(Sql.query(c, PostgresDeliveries::map, select.toString(), params.toArray()),
                page.limit(), last -> Cursors.encode(last.id())));
    }

    private static Delivery map(ResultSet rs) throws SQLException {
        String tenantId = rs.getString("tenant_id");
        return new Delivery(rs.getString("id"), tenantId == null ? Delivery.PLATFORM : tenantId,
                rs.getString("event_id"),
                Sql.upper(DeliveryChannel.class, rs.getString("channel")), rs.getString("recipient"),
                EventType.fromWire(rs.getString("template")).orElseThrow(), rs.getString("payload"),
                Sql.upper(DeliveryStatus.class, rs.getString("status")), rs.getString("reason"), rs.getInt("attempts"),
                Sql.instant(rs, "next_attempt_at"), rs.getString("provider_message_id"), rs.getString("last_error"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getString("booking_id") == null ? null
                        : new ReminderOf(rs.getString("booking_id"), rs.getLong("booking_version")));
    }
}
