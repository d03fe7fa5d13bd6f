package io.cita.domain.availability;

import io.cita.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Objects;

/**
 * Time a resource is taken by a live booking or hold ({@code ownerId}): {@code occupiedStart..occupiedEnd} includes the buffers;
 * {@code serviceId} and {@code bookingStart} let bookings of one class session share the resource.
 */
public record Occupation(String ownerId, String resourceId, String serviceId, Instant bookingStart, Instant occupiedStart,
                         Instant occupiedEnd, int seats) {
    public Occupation {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(bookingStart, "bookingStart");
        Objects.requireNonNull(occupiedStart, "occupiedStart");
        Objects.requireNonNull(occupiedEnd, "occupiedEnd");
        if (!occupiedEnd.isAfter(occupiedStart)) {
            throw new InvalidValueException("occupiedEnd must be after occupiedStart");
        }
    }
}
