package io.cita.domain.schedule;

import io.cita.domain.shared.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A recurring working range on one weekday, in the resource's local time, optionally bounded by dates; an end of
 * 00:00 means the end of the day.
 */
public record WeeklyRule(DayOfWeek dayOfWeek, LocalTime start, LocalTime end, LocalDate effectiveFrom,
                         LocalDate effectiveUntil) {
    public WeeklyRule {
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start) && !end.equals(LocalTime.MIDNIGHT)) {
            throw new InvalidValueException("end must be after start (00:00 means the end of the day)");
        }
        if (effectiveFrom != null && effectiveUntil != null && effectiveUntil.isBefore(effectiveFrom)) {
            throw new InvalidValueException("effectiveUntil must not be before effectiveFrom");
        }
    }

    public boolean appliesOn(LocalDate date) {
        return date.getDayOfWeek() == dayOfWeek
                && (effectiveFrom == null || !date.isBefore(effectiveFrom))
                && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }
}
