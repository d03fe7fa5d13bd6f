package io.cita.adapters.postgres;

import io.cita.application.port.out.StoreOutcome;
import io.cita.domain.booking.Hold;
import io.cita.domain.booking.Interval;
import io.cita.domain.delivery.EventType;
import java.sql.Connection;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Queues the writes of the appointment_resources rows that the exclusion constraint guards, for bookings and holds
 * alike: locking the resources, purging expired holds first, counting class seats under a per-session advisory
 * lock.
 */
final class OccupationRows {
    private OccupationRows() {
    }

    /**
     * Serialises writers of the same resources for the rest of the transaction (advisory locks, in id order). Without
     * it, two conflicting inserts can each wait on the other's uncommitted row under the exclusion constraint and
     * one dies in a deadlock a second later; with it, the second sees the first's committed row and is refused at
     * once.
     */
    static void lockResources(Pipeline steps, Collection<String> resourceIds) {
        for (String resourceId : new TreeSet<>(resourceIds)) {
            steps.add("SELECT pg_advisory_xact_lock(hashtext(?))", "resource:" + resourceId);
        }
    }

    /** Removes (and announces) the holds on these resources that expired by {@code now}, as the sweep would. */
    static void purgeExpiredHolds(Pipeline steps, Collection<String> resourceIds, Instant now) {
        steps.add(removingHolds("id IN (SELECT hold_id FROM appointment_resources WHERE resource_id = ANY(?) "
                + "AND expires_at IS NOT NULL AND expires_at <= ?)"), resourceIds, now,
                now.minus(Hold.EXPIRY_ANNOUNCED_WITHIN));
    }

    /**
     * The statement that deletes the holds {@code which} selects (a condition with its own parameters), their
     * occupation rows with them (ON DELETE CASCADE), and writes a hold.expired event for each that expired after the
     * next parameter; its one row is the number of holds deleted.
     */
    static String removingHolds(String which) {
        return "WITH gone AS (DELETE FROM booking_holds WHERE " + which + " RETURNING id, tenant_id, expires_at), "
                + "told AS (INSERT INTO appointment_events (tenant_id, appointment_id, event_type, status, "
                + "occurred_at) SELECT tenant_id, id, '" + EventType.HOLD_EXPIRED.wireName() + "', 'expired', "
                + "expires_at FROM gone WHERE expires_at > ?) SELECT count(*) FROM gone";
    }

    /**
     * Refuses with SLOT_TAKEN unless {@code seats} more fit the class session on its first resource; for a class
     * (capacity above 1) it first runs what is queued, as the count must see it.
     */
    static void requireSeats(Connection c, Pipeline steps, String sessionKey, String resourceId, int seats,
                             int capacity, Instant now) {
        if (capacity <= 1) {
            return;
        }
        Refusal.runOrRefuse(c, steps);
        Sql.query(c, rs -> rs.getObject(1), "SELECT pg_advisory_xact_lock(hashtext(?))", sessionKey);
        long taken = Sql.one(c, rs -> rs.getLong(1), "SELECT COALESCE(SUM(seats), 0) FROM appointment_resources "
                        + "WHERE session_key = ? AND resource_id = ? AND (expires_at IS NULL OR expires_at > ?)",
                sessionKey, resourceId, now).orElse(0L);
        if (taken + seats > capacity) {
            throw new Refusal(StoreOutcome.SLOT_TAKEN);
        }
    }

    static void insert(Pipeline steps, String tenantId, String appointmentId, String holdId, List<String> resourceIds,
                       String serviceId, Instant bookingStart, Interval occupied, String sessionKey, int seats,
                       Instant expiresAt) {
        for (String resourceId : resourceIds) {
            steps.add("INSERT INTO appointment_resources (tenant_id, appointment_id, hold_id, resource_id, "
                            + "service_id, booking_start, allocated, session_key, seats, expires_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, tstzrange(?, ?, '[)'), ?, ?, ?)", tenantId, appointmentId,
                    holdId, resourceId, serviceId, bookingStart, occupied.start(), occupied.end(), sessionKey, seats,
                    expiresAt);
        }
    }
}
