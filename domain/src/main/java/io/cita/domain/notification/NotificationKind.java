package io.cita.domain.notification;

import io.cita.domain.booking.BookingStatus;
import io.cita.domain.delivery.EventType;
import java.util.Optional;

/** What a notification to a client is about; which booking change sends which. */
public enum NotificationKind {
    BOOKING_CONFIRMED, BOOKING_PENDING, BOOKING_RESCHEDULED, BOOKING_CANCELLED, BOOKING_REMINDER;

    /** The notification a change of a booking sends its client, if any: a creation says confirmed or pending. */
    public static Optional<NotificationKind> of(EventType type, BookingStatus status) {
        if (type == null) {
            return Optional.empty();
        }
        return switch (type) {
            case BOOKING_CREATED -> Optional.of(status == BookingStatus.PENDING ? BOOKING_PENDING : BOOKING_CONFIRMED);
            case BOOKING_CONFIRMED -> Optional.of(BOOKING_CONFIRMED);
            case BOOKING_RESCHEDULED -> Optional.of(BOOKING_RESCHEDULED);
            case BOOKING_CANCELLED -> Optional.of(BOOKING_CANCELLED);
            default -> Optional.empty();
        };
    }

    /** Whether the e-mail carries a calendar invitation, and whether it cancels the event in the client's calendar. */
    public boolean cancelsTheEvent() {
        return this == BOOKING_CANCELLED;
    }
}
