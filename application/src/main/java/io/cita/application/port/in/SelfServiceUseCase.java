package io.cita.application.port.in;

import io.cita.domain.booking.Booking;
import java.time.Instant;

/** A customer finds, cancels or moves their own booking by its reference and their phone number or e-mail. */
public interface SelfServiceUseCase {
    Booking find(String tenantId, String reference, String contact);

    Booking cancel(String tenantId, String reference, String contact, String reason, Actor actor);

    Booking reschedule(String tenantId, String reference, String contact, Instant newStart, Actor actor);
}
