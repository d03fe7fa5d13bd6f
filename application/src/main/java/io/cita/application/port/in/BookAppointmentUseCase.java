package io.cita.application.port.in;

import io.cita.domain.booking.Booking;

/** Booking an appointment. */
public interface BookAppointmentUseCase {
    Booking book(BookCommand command);
}
