package io.cita.domain.schedule;

import io.cita.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** A one-off change to a resource's working time: a blocked date, blocked times, a blocked span, or new hours. */
public record ScheduleException(String id, String resourceId, ExceptionKind kind, LocalDate date, LocalTime start,
                                LocalTime end, Instant from, Instant until, String reason) {
    public ScheduleException {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(kind, "kind");
        switch (kind) {
            case BLOCK_DATE -> require(date != null, "date is required");
            case BLOCK_TIMES, OVERRIDE_HOURS -> {
                require(date != null && start != null && end != null, "date, start and end are required");
                require(end.isAfter(start) || end.equals(LocalTime.MIDNIGHT), "end must be after start (00:00 means the end of the day)");
            }
            case BLOCK_INSTANTS -> {
                require(from != null && until != null, "from and until are required");
                require(until.isAfter(from), "until must be after from");
            }
        }
        if (reason != null && reason.length() > 500) {
            throw new InvalidValueException("reason must be at most 500 characters");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidValueException(message);
        }
    }
}
