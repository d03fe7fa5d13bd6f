package io.cita.domain.booking;

import io.cita.domain.availability.Slot;
import io.cita.domain.catalog.Service;
import io.cita.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A short reservation of a slot while a customer confirms; it frees the slot by itself when it expires. */
public record Hold(String id, String tenantId, String serviceId, List<String> resourceIds, Interval time,
                   Interval occupied, int seats, Instant expiresAt, Instant createdAt) {
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
    /**
     * How long after its expiry a hold's removal still announces it ({@code hold.expired}); a hold found later (after
     * an outage, or from before the event existed) goes silently, so that a restart sends no flood of stale events.
     */
    public static final Duration EXPIRY_ANNOUNCED_WITHIN = Duration.ofHours(1);

    public Hold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(occupied, "occupied");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
        if (resourceIds == null || resourceIds.isEmpty()) {
            throw new InvalidValueException("a hold occupies at least one resource");
        }
        resourceIds = List.copyOf(resourceIds);
        if (seats < 1) {
            throw new InvalidValueException("seats must be at least 1");
        }
    }

    /** A hold of {@code seats} seats of {@code service} at {@code slot}, its buffers around it, until {@code expiresAt}. */
    public static Hold of(String id, Service service, Slot slot, int seats, Instant expiresAt, Instant now) {
        Interval time = new Interval(slot.start(), slot.end());
        return new Hold(id, service.tenantId(), service.id(), slot.resourceIds(), time, service.occupiedAround(time),
                seats, expiresAt, now);
    }

    public boolean liveAt(Instant now) {
        return expiresAt.isAfter(now);
    }
}
