package io.cita.adapters.postgres;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.FeedbackRequests;
import io.cita.application.port.query.FeedbackFilter;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.feedback.FeedbackRequest;
import io.cita.domain.feedback.FeedbackStatus;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Feedback requests in the feedback_requests table (V025). Opening one locks its client's row first, so two
 * completions of the same client's visits at once are decided one after the other against the 30-day rule.
 */
@Singleton
@Requires(env = "postgres")
public class PostgresFeedbackRequests implements FeedbackRequests {
    private static final String COLUMNS = "id, tenant_id, booking_id, client_id, resource_id, phone, channel, "
            + "asked_at, status, rating, comment, contact_allowed, form_hash, form_expires_at, answered_at, helped, "
            + "handled_at, note, review_clicked_at, version";
    private final PostgresTransactions tx;

    public PostgresFeedbackRequests(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean open(FeedbackRequest r, Instant notAskedSince) {
        return tx.write(c -> {
            Sql.query(c, rs -> 1, "SELECT 1 FROM clients WHERE tenant_id = ? AND id = ? FOR UPDATE", r.tenantId(),
                    r.clientId());
            if (Sql.one(c, rs -> 1, "SELECT 1 FROM feedback_requests WHERE id = ?", r.id()).isPresent()) {
                return true;
            }
            if (Sql.one(c, rs -> 1, "SELECT 1 FROM feedback_requests WHERE tenant_id = ? AND client_id = ? "
                    + "AND asked_at >= ? LIMIT 1", r.tenantId(), r.clientId(), notAskedSince).isPresent()) {
                return false;
            }
            Sql.update(c, "INSERT INTO feedback_requests (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.tenantId(), r.bookingId(), r.clientId(), r.resourceId(),
                    r.phone(), r.channel().name(), r.askedAt(), r.status().name(), r.rating(), r.comment(),
                    r.contactAllowed(), r.formHash(), r.formExpiresAt(), r.answeredAt(), r.helped(), r.handledAt(),
                    r.note(), r.reviewClickedAt(), r.version());
            return true;
        });
    }

    @Override
    public Optional<FeedbackRequest> find(String id) {
        return tx.read(c -> Sql.one(c, PostgresFeedbackRequests::map, "SELECT " + COLUMNS
                + " FROM feedback_requests WHERE id = ?", id));
    }

    @Override
    public Optional<FeedbackRequest> latestFor(String phone) {
        return tx.read(c -> Sql.one(c, PostgresFeedbackRequests::map, "SELECT " + COLUMNS
                + " FROM feedback_requests WHERE phone = ? ORDER BY asked_at DESC, id DESC LIMIT 1", phone));
    }

    @Override
    public boolean update(FeedbackRequest r, AuditRecord audit) {
        return tx.write(c -> {
            boolean updated = Sql.update(c, "UPDATE feedback_requests SET status = ?, rating = ?, comment = ?, "
                        + "contact_allowed = ?, form_hash = ?, form_expires_at = ?, answered_at = ?, helped = ?, "
                        + "handled_at = ?, note = ?, review_clicked_at = ?, version = ? WHERE id = ? AND version = ?",
                r.status().name(), r.rating(), r.comment(), r.contactAllowed(), r.formHash(), r.formExpiresAt(),
                r.answeredAt(), r.helped(), r.handledAt(), r.note(), r.reviewClickedAt(), r.version(), r.id(),
                r.version() - 1) == 1;
            if (updated) {
                PostgresAuditLog.insert(c, audit);
            }
            return updated;
        });
    }

    @Override
    public List<FeedbackRequest> askedBetween(String tenantId, Instant from, Instant to, int most) {
        return tx.read(c -> Sql.query(c, PostgresFeedbackRequests::map, "SELECT " + COLUMNS + " FROM feedback_requests "
                + "WHERE tenant_id = ? AND asked_at >= ? AND asked_at < ? ORDER BY id LIMIT ?", tenantId, from, to,
                most));
    }

    @Override
    public Page<FeedbackRequest> list(String tenantId, FeedbackFilter filter, PageRequest page) {
        StringBuilder select = new StringBuilder("SELECT " + COLUMNS + " FROM feedback_requests WHERE tenant_id = ?");
        List<Object> params = new ArrayList<>(List.of(tenantId));
        if (filter.status() != null) {
            select.append(" AND status = ?");
            params.add(filter.status().name());
        } else {
            select.append(" AND status IN ('HAPPY', 'UNHAPPY', 'ANSWERED')");
        }
        if (filter.rating() != null) {
            select.append(" AND rating = ?");
            params.add(filter.rating());
        }
        if (filter.resourceId() != null) {
            select.append(" AND resource_id = ?");
            params.add(filter.resourceId());
        }
        if (filter.handled() != null) {
            select.append(filter.handled() ? " AND handled_at IS NOT NULL" : " AND handled_at IS NULL");
        }
        return tx.read(c -> Pages.newestFirst(c, PostgresFeedbackRequests::map, "id", FeedbackRequest::id,
                select.toString(), page, params.toArray()));
    }

    private static FeedbackRequest map(ResultSet rs) throws SQLException {
        return new FeedbackRequest(rs.getString("id"), rs.getString("tenant_id"), rs.getString("booking_id"),
                rs.getString("client_id"), rs.getString("resource_id"), rs.getString("phone"),
                DeliveryChannel.valueOf(rs.getString("channel")), Sql.instant(rs, "asked_at"),
                FeedbackStatus.valueOf(rs.getString("status")), rs.getObject("rating", Integer.class),
                rs.getString("comment"), rs.getBoolean("contact_allowed"), rs.getString("form_hash"),
                Sql.instant(rs, "form_expires_at"), Sql.instant(rs, "answered_at"), rs.getBoolean("helped"),
                Sql.instant(rs, "handled_at"), rs.getString("note"), Sql.instant(rs, "review_clicked_at"),
                rs.getLong("version"));
    }
}
