package io.cita.domain.booking;

import java.time.Instant;

/**
 * Who shares an occupation of a resource: the bookings and holds of one class session (a service with capacity
 * above one, at one start) share a key and count seats against it; anything else is alone under its own id.
 */
public final class SessionKey {
    private SessionKey() {
    }

    /** The key of {@code ownerId} (a booking's or hold's id) for {@code serviceId} starting at {@code start}. */
    public static String of(String ownerId, String serviceId, Instant start, int capacity) {
        return capacity > 1 ? serviceId + "@" + start.getEpochSecond() : ownerId;
    }
}
