package io.cita.application.port.in;

import io.cita.domain.booking.Booking;

/** Booking an appointment. */
public interface BookAppointmentUseCase {
    /** The booking made, with the tenant's time zone. */
    Zoned<Booking> book(BookCommand command);
}
