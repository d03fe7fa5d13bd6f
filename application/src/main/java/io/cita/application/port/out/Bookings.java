package io.cita.application.port.out;

import io.cita.application.port.query.BookingFilter;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.availability.Occupation;
import io.cita.domain.booking.Booking;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;

/** Outgoing persistence port for bookings; every write is one atomic step that keeps double booking impossible. */
public interface Bookings {
    StoreOutcome create(NewBooking booking);

    Optional<Booking> find(String tenantId, String bookingId);

    /** The tenant's bookings among {@code bookingIds}, by id (those not found are left out); one call where it can. */
    default Map<String, Booking> findAll(String tenantId, Collection<String> bookingIds) {
        Map<String, Booking> found = new HashMap<>();
        bookingIds.forEach(id -> find(tenantId, id).ifPresent(booking -> found.put(id, booking)));
        return found;
    }

    Optional<Booking> findByReference(String tenantId, String reference);

    Page<Booking> list(BookingFilter filter, PageRequest page);

    /**
     * Stores a status change if the stored version is still {@code updated.version() - 1}; a status that no longer
     * occupies releases the resources in the same step, and the change's audit entry (null: none) is written in it
     * too. STALE when the booking changed meanwhile.
     */
    StoreOutcome changeStatus(Booking updated, AuditRecord audit);

    /**
     * Moves a booking: the new time is taken before the old is released, atomically, under the version check, with
     * the move's audit entry (null: none) in the same step. {@code zone} is the tenant's, as on {@link NewBooking}.
     */
    StoreOutcome reschedule(Booking moved, int capacity, Instant now, ZoneId zone, AuditRecord audit);

    /** Live occupations (bookings and unexpired holds) of these resources overlapping {@code from..to}. */
    List<Occupation> occupations(String tenantId, Collection<String> resourceIds, Instant from, Instant to, Instant now);

    /** Bookings created in the tenant's month so far (what the monthly limit counts). */
    long createdIn(String tenantId, YearMonth period);
}
