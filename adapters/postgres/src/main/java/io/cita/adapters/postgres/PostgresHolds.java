package io.cita.adapters.postgres;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Holds;
import io.cita.application.port.out.StoreOutcome;
import io.cita.domain.booking.Hold;
import io.cita.domain.booking.Interval;
import io.cita.domain.booking.SessionKey;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * Holds in booking_holds; their occupation rows expire with them, and an expired hold is removed (announced as
 * hold.expired) by the sweep or by the next write on its resources, whichever comes first.
 */
@Singleton
@Requires(env = "postgres")
public class PostgresHolds implements Holds {
    private final PostgresTransactions tx;

    public PostgresHolds(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public StoreOutcome create(Hold hold, int capacity, Instant now, AuditRecord audit) {
        return tx.writeOutcome(c -> {
            Pipeline steps = new Pipeline();
            OccupationRows.lockResources(steps, hold.resourceIds());
            OccupationRows.purgeExpiredHolds(steps, hold.resourceIds(), now);
            String session = SessionKey.of(hold.id(), hold.serviceId(), hold.time().start(), capacity);
            OccupationRows.requireSeats(c, steps, session, hold.resourceIds().get(0), hold.seats(), capacity, now);
            steps.add("INSERT INTO booking_holds (id, tenant_id, service_id, resource_ids, scheduled_start, "
                            + "scheduled_end, occupied_start, occupied_end, seats, expires_at, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", hold.id(), hold.tenantId(), hold.serviceId(),
                    hold.resourceIds(), hold.time().start(), hold.time().end(), hold.occupied().start(),
                    hold.occupied().end(), hold.seats(), hold.expiresAt(), hold.createdAt());
            OccupationRows.insert(steps, hold.tenantId(), null, hold.id(), hold.resourceIds(), hold.serviceId(),
                    hold.time().start(), hold.occupied(), session, hold.seats(), hold.expiresAt());
            PostgresAuditLog.insert(steps, audit);
            Refusal.runOrRefuse(c, steps);
            return StoreOutcome.DONE;
        });
    }

    @Override
    public Optional<Hold> findLive(String tenantId, String holdId, Instant now) {
        return tx.read(c -> Sql.one(c, rs -> new Hold(rs.getString("id"), rs.getString("tenant_id"),
                        rs.getString("service_id"), Sql.strings(rs, "resource_ids"),
                        new Interval(Sql.instant(rs, "scheduled_start"), Sql.instant(rs, "scheduled_end")),
                        new Interval(Sql.instant(rs, "occupied_start"), Sql.instant(rs, "occupied_end")),
                        rs.getInt("seats"), Sql.instant(rs, "expires_at"), Sql.instant(rs, "created_at")),
                "SELECT * FROM booking_holds WHERE tenant_id = ? AND id = ? AND expires_at > ?", tenantId, holdId, now));
    }

    @Override
    public int removeExpired(Instant now, int limit) {
        return tx.writeOne(c -> Sql.one(c, rs -> rs.getInt(1), OccupationRows.removingHolds("id IN (SELECT id FROM "
                        + "booking_holds WHERE expires_at <= ? ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED)"),
                now, limit, now.minus(Hold.EXPIRY_ANNOUNCED_WITHIN)).orElse(0));
    }

    @Override
    public boolean release(String tenantId, String holdId, AuditRecord audit) {
        return tx.writeOutcome(c -> {
            Pipeline steps = new Pipeline();
            int released = steps.add("DELETE FROM booking_holds WHERE tenant_id = ? AND id = ?", tenantId, holdId);
            PostgresAuditLog.insert(steps, audit);
            if (steps.run(c)[released] == 0) {
                throw new Refusal(StoreOutcome.STALE);
            }
            return StoreOutcome.DONE;
        }) == StoreOutcome.DONE;
    }
}
