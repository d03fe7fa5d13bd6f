package io.cita.domain.booking;

import io.cita.domain.shared.InvalidValueException;
import io.cita.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An appointment: a client's claim on a service's resources for an interval. {@code occupied} is the interval
 * widened by the service's buffers, which is what no other booking of the same resources may overlap.
 */
public record Booking(String id, String tenantId, String reference, String serviceId, List<String> resourceIds,
                      String clientId, Interval time, Interval occupied, int seats, BookingStatus status,
                      Channel channel, Money price, String notes, String cancellationReason, long version,
                      Instant createdAt, Instant updatedAt) {
    public Booking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(occupied, "occupied");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (resourceIds == null || resourceIds.isEmpty()) {
            throw new InvalidValueException("a booking occupies at least one resource");
        }
        resourceIds = List.copyOf(resourceIds);
        if (seats < 1) {
            throw new InvalidValueException("seats must be at least 1");
        }
        if (notes != null && notes.length() > 2000) {
            throw new InvalidValueException("notes must be at most 2000 characters");
        }
    }

    /** The same booking moved to {@code target}; the caller has checked the transition with {@link BookingStatus#canBecome}. */
    public Booking transitionedTo(BookingStatus target, String reason, Instant at) {
        if (!status.canBecome(target)) {
            throw new IllegalStateException("cannot go from " + status + " to " + target);
        }
        return new Booking(id, tenantId, reference, serviceId, resourceIds, clientId, time, occupied, seats, target,
                channel, price, notes, target == BookingStatus.CANCELLED ? reason : cancellationReason, version + 1,
                createdAt, at);
    }

    /** The same booking at a new time, on possibly other resources. */
    public Booking movedTo(Interval newTime, Interval newOccupied, List<String> newResourceIds, Instant at) {
        return new Booking(id, tenantId, reference, serviceId, newResourceIds, clientId, newTime, newOccupied, seats,
                status, channel, price, notes, cancellationReason, version + 1, createdAt, at);
    }
}
