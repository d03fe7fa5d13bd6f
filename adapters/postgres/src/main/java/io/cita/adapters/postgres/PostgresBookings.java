package io.cita.adapters.postgres;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.NewBooking;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.query.BookingFilter;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.availability.Occupation;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.BookingStatus;
import io.cita.domain.booking.Channel;
import io.cita.domain.booking.Interval;
import io.cita.domain.booking.SessionKey;
import io.cita.domain.shared.Money;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Bookings in seed 001's appointments table. Each write is one transaction: the occupation rows (guarded by the
 * exclusion constraint), the class seat count, the monthly usage counter and the outbox event commit together.
 */
@Singleton
@Requires(env = "postgres")
public class PostgresBookings implements Bookings {
    private static final String SELECT = "SELECT * FROM appointments ";
    private final PostgresTransactions tx;

    public PostgresBookings(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public StoreOutcome create(NewBooking request) {
        if (!request.monthlyLimit().allowsOneMore(0)) {
            return StoreOutcome.LIMIT_REACHED;
        }
        if (request.holdId() == null && request.capacity() <= 1) {
            // nothing to decide between the steps: one batch, one implicit transaction, one round trip
            return tx.writeAtomically(c -> write(c, request));
        }
        return tx.writeOutcome(c -> write(c, request));
    }

    /**
     * The booking's steps, queued and sent together; a hold conversion or a class's seat count first runs what is
     * queued, as its decision needs the answer (those run inside an explicit transaction).
     */
    private static StoreOutcome write(Connection c, NewBooking request) {
        Booking booking = request.booking();
        Pipeline steps = new Pipeline();
        // first what no other booking can conflict with, so the resource lock below is held as briefly as possible
        steps.add("INSERT INTO appointments (id, tenant_id, service_id, client_id, resource_ids, booking_reference, "
                        + "scheduled_start, scheduled_end, occupied_start, occupied_end, seats, status, booking_method, "
                        + "quoted_price_minor, price_currency, client_notes, created_at, updated_at, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                booking.id(), booking.tenantId(), booking.serviceId(), booking.clientId(), booking.resourceIds(),
                booking.reference(), booking.time().start(), booking.time().end(), booking.occupied().start(),
                booking.occupied().end(), booking.seats(), Sql.lower(booking.status()), Sql.lower(booking.channel()),
                booking.price().amount(), booking.price().currency(), booking.notes(), booking.createdAt(),
                booking.updatedAt(), booking.version());
        event(steps, booking, "created");
        PostgresAuditLog.insert(steps, request.audit());
        OccupationRows.lockResources(steps, booking.resourceIds());
        OccupationRows.purgeExpiredHolds(steps, booking.resourceIds(), request.now());
        if (request.holdId() != null) {
            int converted = steps.add("DELETE FROM booking_holds WHERE tenant_id = ? AND id = ? AND expires_at > ?",
                    booking.tenantId(), request.holdId(), request.now());
            if (Refusal.runOrRefuse(c, steps)[converted] == 0) {
                throw new Refusal(StoreOutcome.STALE);
            }
        }
        String session = SessionKey.of(booking.id(), booking.serviceId(), booking.time().start(),
                request.capacity());
        OccupationRows.requireSeats(c, steps, session, booking.resourceIds().get(0), booking.seats(),
                request.capacity(), request.now());
        OccupationRows.insert(steps, booking.tenantId(), booking.id(), null, booking.resourceIds(),
                booking.serviceId(), booking.time().start(), booking.occupied(), session, booking.seats(), null);
        steps.add("SELECT count_booking(?, ?, ?)", booking.tenantId(), request.period().toString(),
                request.monthlyLimit().isUnlimited() ? null : request.monthlyLimit().bound());
        Refusal.runOrRefuse(c, steps);
        return StoreOutcome.DONE;
    }

    @Override
    public Optional<Booking> find(String tenantId, String bookingId) {
        return tx.read(c -> Sql.one(c, PostgresBookings::map, SELECT + "WHERE tenant_id = ? AND id = ?", tenantId, bookingId));
    }

    @Override
    public Map<String, Booking> findAll(String tenantId, Collection<String> bookingIds) {
        if (bookingIds.isEmpty()) {
            return Map.of();
        }
        // by the primary key alone: with the tenant in the WHERE the planner walks the tenant's whole index range
        return tx.read(c -> Sql.query(c, PostgresBookings::map, SELECT + "WHERE id = ANY(?)",
                List.copyOf(bookingIds))).stream().filter(booking -> booking.tenantId().equals(tenantId))
                .collect(Collectors.toMap(Booking::id, booking -> booking));
    }

    @Override
    public Optional<Booking> findByReference(String tenantId, String reference) {
        return tx.read(c -> Sql.one(c, PostgresBookings::map, SELECT + "WHERE tenant_id = ? AND booking_reference = ?",
                tenantId, reference));
    }

    @Override
    public Page<Booking> list(BookingFilter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder(SELECT + "WHERE tenant_id = ?");
        List<Object> params = new ArrayList<>(List.of(filter.tenantId()));
        if (filter.from() != null) {
            sql.append(" AND scheduled_end > ?");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            sql.append(" AND scheduled_start < ?");
            params.add(filter.to());
        }
        if (filter.resourceId() != null) {
            sql.append(" AND ? = ANY(resource_ids)");
            params.add(filter.resourceId());
        }
        if (filter.status() != null) {
            sql.append(" AND status = ?");
            params.add(Sql.lower(filter.status()));
        }
        if (filter.clientId() != null) {
            sql.append(" AND client_id = ?");
            params.add(filter.clientId());
        }
        String after = Cursors.decode(page.cursor());
        if (after != null) {
            String[] parts = after.split("\\|", 2);
            if (parts.length != 2) {
                throw new InvalidRequestException("cursor", "is not valid");
            }
            sql.append(" AND (scheduled_start, id) > (?, ?)");
            params.add(Instant.parse(parts[0]));
            params.add(parts[1]);
        }
        sql.append(" ORDER BY scheduled_start, id LIMIT ?");
        params.add(page.limit() + 1);
        return tx.read(c -> Pages.slice(Sql.query(c, PostgresBookings::map, sql.toString(), params.toArray()),
                page.limit(), last -> Cursors.encode(last.time().start() + "|" + last.id())));
    }

    @Override
    public StoreOutcome changeStatus(Booking updated, AuditRecord audit) {
        return tx.writeOutcome(c -> {
            if (Sql.update(c, "UPDATE appointments SET status = ?, cancellation_reason = ?, updated_at = ?, version = ? "
                            + "WHERE tenant_id = ? AND id = ? AND version = ?", Sql.lower(updated.status()),
                    updated.cancellationReason(), updated.updatedAt(), updated.version(), updated.tenantId(),
                    updated.id(), updated.version() - 1) == 0) {
                throw new Refusal(StoreOutcome.STALE);
            }
            if (!updated.status().occupies()) {
                Sql.update(c, "DELETE FROM appointment_resources WHERE appointment_id = ?", updated.id());
            }
            Pipeline steps = new Pipeline();
            event(steps, updated, Sql.lower(updated.status()));
            PostgresAuditLog.insert(steps, audit);
            steps.run(c);
            return StoreOutcome.DONE;
        });
    }

    @Override
    public StoreOutcome reschedule(Booking moved, int capacity, Instant now, ZoneId zone, AuditRecord audit) {
        return tx.writeOutcome(c -> {
            Pipeline steps = new Pipeline();
            OccupationRows.lockResources(steps, moved.resourceIds());
            OccupationRows.purgeExpiredHolds(steps, moved.resourceIds(), now);
            int updated = steps.add("UPDATE appointments SET resource_ids = ?, scheduled_start = ?, scheduled_end = ?, "
                            + "occupied_start = ?, occupied_end = ?, updated_at = ?, version = ? "
                            + "WHERE tenant_id = ? AND id = ? AND version = ? AND status IN ('pending', 'confirmed')",
                    moved.resourceIds(), moved.time().start(), moved.time().end(), moved.occupied().start(),
                    moved.occupied().end(), moved.updatedAt(), moved.version(), moved.tenantId(), moved.id(),
                    moved.version() - 1);
            if (Refusal.runOrRefuse(c, steps)[updated] == 0) {
                throw new Refusal(StoreOutcome.STALE);
            }
            steps.add("DELETE FROM appointment_resources WHERE appointment_id = ?", moved.id());
            String session = SessionKey.of(moved.id(), moved.serviceId(), moved.time().start(), capacity);
            OccupationRows.requireSeats(c, steps, session, moved.resourceIds().get(0), moved.seats(), capacity, now);
            OccupationRows.insert(steps, moved.tenantId(), moved.id(), null, moved.resourceIds(), moved.serviceId(),
                    moved.time().start(), moved.occupied(), session, moved.seats(), null);
            event(steps, moved, "rescheduled");
            PostgresAuditLog.insert(steps, audit);
            Refusal.runOrRefuse(c, steps);
            return StoreOutcome.DONE;
        });
    }

    @Override
    public List<Occupation> occupations(String tenantId, Collection<String> resourceIds, Instant from, Instant to,
                                        Instant now) {
        return tx.read(c -> Sql.query(c, rs -> new Occupation(
                        rs.getString("owner_id"), rs.getString("resource_id"), rs.getString("service_id"),
                        Sql.instant(rs, "booking_start"), Sql.instant(rs, "occupied_start"),
                        Sql.instant(rs, "occupied_end"), rs.getInt("seats")),
                "SELECT COALESCE(appointment_id, hold_id) AS owner_id, resource_id, service_id, booking_start, "
                        + "lower(allocated) AS occupied_start, upper(allocated) AS occupied_end, seats "
                        + "FROM appointment_resources WHERE tenant_id = ? AND resource_id = ANY(?) "
                        + "AND allocated && tstzrange(?, ?, '[)') AND (expires_at IS NULL OR expires_at > ?) "
                        + "ORDER BY lower(allocated)", tenantId, resourceIds, from, to, now));
    }

    @Override
    public long createdIn(String tenantId, YearMonth period) {
        return tx.read(c -> Sql.one(c, rs -> rs.getLong(1), "SELECT bookings_count FROM tenant_usage "
                + "WHERE tenant_id = ? AND period = ?", tenantId, period.toString()).orElse(0L));
    }

    /** Counts one booking in the month unless the limit is reached; the row lock serialises concurrent bookings. */
    private static void event(Pipeline steps, Booking booking, String type) {
        steps.add("INSERT INTO appointment_events (tenant_id, appointment_id, event_type, status, occurred_at) "
                        + "VALUES (?, ?, ?, ?, ?)", booking.tenantId(), booking.id(), type, Sql.lower(booking.status()),
                booking.updatedAt());
    }

    private static Booking map(ResultSet rs) throws SQLException {
        return new Booking(rs.getString("id"), rs.getString("tenant_id"), rs.getString("booking_reference"),
                rs.getString("service_id"), Sql.strings(rs, "resource_ids"), rs.getString("client_id"),
                new Interval(Sql.instant(rs, "scheduled_start"), Sql.instant(rs, "scheduled_end")),
                new Interval(Sql.instant(rs, "occupied_start"), Sql.instant(rs, "occupied_end")), rs.getInt("seats"),
                Sql.upper(BookingStatus.class, rs.getString("status")),
                Sql.upper(Channel.class, rs.getString("booking_method")),
                new Money(rs.getLong("quoted_price_minor"), rs.getString("price_currency")),
                rs.getString("client_notes"), rs.getString("cancellation_reason"), rs.getLong("version"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }
}
