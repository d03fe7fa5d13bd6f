package io.cita.domain.booking;

import io.cita.domain.catalog.Service;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Whether a booking may be cancelled now: it must still be live, and in time unless a manager overrides. */
public final class CancellationPolicy {
    private CancellationPolicy() {
    }

    public static Optional<BookingRule> check(Booking booking, Service service, Instant now, boolean managerOverride) {
        if (!booking.status().canBecome(BookingStatus.CANCELLED)) {
            return Optional.of(BookingRule.INVALID_TRANSITION);
        }
        Instant deadline = booking.time().start().minus(Duration.ofHours(service.cancellationNoticeHours()));
        if (!managerOverride && now.isAfter(deadline)) {
            return Optional.of(BookingRule.CANCELLATION_TOO_LATE);
        }
        return Optional.empty();
    }
}
