package io.cita.domain.booking;

import io.cita.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Objects;

/** A half-open span of time [start, end). */
public record Interval(Instant start, Instant end) {
    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new InvalidValueException("end must be after start");
        }
    }

    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
