package io.cita.application.port.in;

import io.cita.domain.schedule.ExceptionKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A schedule exception as asked for, before it has an id. */
public record ExceptionDetails(ExceptionKind kind, LocalDate date, LocalTime start, LocalTime end, Instant from,
                               Instant until, String reason) {
}
