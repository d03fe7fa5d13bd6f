package io.cita.domain.delivery;

import java.util.Objects;

/**
 * What a reminder reminds of: a booking as it stood when the reminder was scheduled. Any later change raises the
 * booking's version, so a reminder whose version is no longer the booking's is not sent (the change scheduled its
 * own reminders, if the booking still needs any).
 */
public record ReminderOf(String bookingId, long bookingVersion) {
    public ReminderOf {
        Objects.requireNonNull(bookingId, "bookingId");
    }
}
