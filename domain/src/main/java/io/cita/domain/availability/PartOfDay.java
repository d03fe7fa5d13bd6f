package io.cita.domain.availability;

import java.time.LocalTime;

/**
 * A part of the day a person asks for ("in the morning"), by local start time: morning before 12:00, afternoon from
 * 12:00 to 18:00, evening from 18:00.
 */
public enum PartOfDay {
    MORNING(LocalTime.MIDNIGHT, LocalTime.NOON), AFTERNOON(LocalTime.NOON, LocalTime.of(18, 0)),
    EVENING(LocalTime.of(18, 0), LocalTime.MAX);

    private final LocalTime from;
    private final LocalTime until;

    PartOfDay(LocalTime from, LocalTime until) {
        this.from = from;
        this.until = until;
    }

    /** Whether a start at local time {@code start} falls in this part of the day. */
    public boolean contains(LocalTime start) {
        return !start.isBefore(from) && (start.isBefore(until) || this == EVENING);
    }
}
