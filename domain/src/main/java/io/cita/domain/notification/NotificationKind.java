package io.cita.domain.notification;

import io.cita.domain.booking.BookingStatus;
import io.cita.domain.delivery.EventType;
import java.util.Optional;

/**
 * What a notification is about, to a client or to the staff member booked; which booking change sends which; and the
 * messages of a request for feedback after a visit (the request, its one reminder, the answer to a happy rating with
 * the public review link or without one, to an unhappy rating with the private form's link, and the help for an
 * unreadable answer).
 */
public enum NotificationKind {
    BOOKING_CONFIRMED, BOOKING_PENDING, BOOKING_RESCHEDULED, BOOKING_CANCELLED, BOOKING_REMINDER,
    STAFF_BOOKING_NEW, STAFF_BOOKING_MOVED, STAFF_BOOKING_CANCELLED,
    FEEDBACK_REQUEST, FEEDBACK_REMINDER, FEEDBACK_HAPPY, FEEDBACK_THANKS, FEEDBACK_UNHAPPY, FEEDBACK_HELP;

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

    /** The notification a change of a booking sends the staff member it is booked with, if any. */
    public static Optional<NotificationKind> forStaff(EventType type) {
        if (type == null) {
            return Optional.empty();
        }
        return switch (type) {
            case BOOKING_CREATED -> Optional.of(STAFF_BOOKING_NEW);
            case BOOKING_RESCHEDULED -> Optional.of(STAFF_BOOKING_MOVED);
            case BOOKING_CANCELLED -> Optional.of(STAFF_BOOKING_CANCELLED);
            default -> Optional.empty();
        };
    }

    /** Whether it is one of the messages of a request for feedback, never sent by e-mail. */
    public boolean aboutFeedback() {
        return name().startsWith("FEEDBACK_");
    }

    /** Whether the e-mail's calendar invitation cancels the event (METHOD:CANCEL) rather than adds or moves it. */
    public boolean cancelsTheEvent() {
        return this == BOOKING_CANCELLED || this == STAFF_BOOKING_CANCELLED;
    }
}
