package io.cita.application.port.query;

import io.cita.domain.booking.BookingStatus;
import java.time.Instant;

/** Which bookings of a tenant to list; null fields do not filter. Ordered by start, then id. */
public record BookingFilter(String tenantId, Instant from, Instant to, String resourceId, BookingStatus status,
                            String clientId) {
}
