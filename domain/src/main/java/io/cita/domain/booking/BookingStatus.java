package io.cita.domain.booking;

import java.util.EnumSet;
import java.util.Set;

/** The life of a booking: PENDING → CONFIRMED → COMPLETED or NO_SHOW; PENDING or CONFIRMED → CANCELLED. */
public enum BookingStatus {
    PENDING, CONFIRMED, CANCELLED, COMPLETED, NO_SHOW;

    public Set<BookingStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(COMPLETED, NO_SHOW, CANCELLED);
            case CANCELLED, COMPLETED, NO_SHOW -> EnumSet.noneOf(BookingStatus.class);
        };
    }

    public boolean canBecome(BookingStatus target) {
        return next().contains(target);
    }

    /** Whether a booking in this status still occupies its resources. */
    public boolean occupies() {
        return this == PENDING || this == CONFIRMED;
    }
}
