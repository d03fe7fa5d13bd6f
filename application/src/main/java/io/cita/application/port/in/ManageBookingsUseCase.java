package io.cita.application.port.in;

import io.cita.application.port.query.BookingFilter;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.booking.Booking;
import java.time.Instant;
import java.util.List;

/** Reading bookings and moving them through their life. */
public interface ManageBookingsUseCase {
    /** A booking the actor may see: a staff member sees only the bookings of the resource linked to them. */
    Booking get(String tenantId, String bookingId, Actor actor);

    Page<Booking> list(BookingFilter filter, PageRequest page, Actor actor);

    Booking confirm(String tenantId, String bookingId, Actor actor);

    /** Cancels in time per the service's notice, or late when {@code override} and the actor is a manager. */
    Booking cancel(String tenantId, String bookingId, String reason, boolean override, Actor actor);

    Booking reschedule(String tenantId, String bookingId, Instant newStart, List<String> resourceIds, Actor actor);

    Booking complete(String tenantId, String bookingId, Actor actor);

    Booking noShow(String tenantId, String bookingId, Actor actor);
}
