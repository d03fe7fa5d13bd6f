package io.cita.domain.booking;

import io.cita.domain.availability.Slot;
import io.cita.domain.catalog.Service;
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

    /**
     * A new booking of {@code seats} seats of {@code service} at {@code slot}: the slot's time widened by the
     * service's buffers, PENDING when the service requires confirmation (else CONFIRMED), the price per seat times the
     * seats, version 1.
     */
    public static Booking book(String id, String reference, Service service, Slot slot, String clientId, int seats,
                               Channel channel, String notes, Instant now) {
        Interval time = new Interval(slot.start(), slot.end());
        return new Booking(id, service.tenantId(), reference, service.id(), slot.resourceIds(), clientId, time,
                service.occupiedAround(time), seats,
                service.requiresConfirmation() ? BookingStatus.PENDING : BookingStatus.CONFIRMED,
                channel == null ? Channel.API : channel, service.priceFor(seats), notes, null, 1, now, now);
    }

    /** The booking in status {@code target} (with the reason when cancelled), or INVALID_TRANSITION. */
    public Transition transitionTo(BookingStatus target, String reason, Instant at) {
        if (!status.canBecome(target)) {
            return Transition.refused(BookingRule.INVALID_TRANSITION);
        }
        return Transition.made(new Booking(id, tenantId, reference, serviceId, resourceIds, clientId, time, occupied,
                seats, target, channel, price, notes, target == BookingStatus.CANCELLED ? reason : cancellationReason,
                version + 1, createdAt, at));
    }

    /**
     * The booking moved to {@code slot} of its {@code service} (buffers around it, possibly other resources), or
     * INVALID_TRANSITION when it no longer occupies its time (cancelled, completed, no-show).
     */
    public Transition moveTo(Service service, Slot slot, Instant at) {
        if (!status.occupies()) {
            return Transition.refused(BookingRule.INVALID_TRANSITION);
        }
        Interval newTime = new Interval(slot.start(), slot.end());
        return Transition.made(new Booking(id, tenantId, reference, serviceId, slot.resourceIds(), clientId, newTime,
                service.occupiedAround(newTime), seats, status, channel, price, notes, cancellationReason, version + 1,
                createdAt, at));
    }
}
