package io.cita.application.port.in;

import java.time.LocalDate;

/** Slots of a service on local dates {@code from..to} (inclusive, tenant zone, at most 62 days), optionally on one resource. */
public record AvailabilityQuery(String tenantId, String serviceId, LocalDate from, LocalDate to, String resourceId) {
    public static final int MAX_DAYS = 62;
}
