package io.cita.application.port.in;

import java.time.ZoneId;

/** A result with its tenant's time zone, in which its times are shown, so callers need not read the tenant again. */
public record Zoned<T>(T value, ZoneId zone) {
}
