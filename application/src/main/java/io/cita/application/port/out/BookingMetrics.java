package io.cita.application.port.out;

import io.cita.domain.booking.BookingStatus;
import io.cita.domain.booking.Channel;
import java.util.Locale;

/** Outgoing port that counts bookings as they change, by what became of them and the channel they came through. */
public interface BookingMetrics {
    /** Counts nothing: for tests and tools that need none. */
    BookingMetrics NONE = (change, channel) -> { };

    /** A booking stored as {@code change} (its new status, or {@code rescheduled}), made from {@code channel}. */
    void changed(String change, Channel channel);

    /** A booking stored with {@code status}: the change as the metrics name it. */
    static String of(BookingStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
