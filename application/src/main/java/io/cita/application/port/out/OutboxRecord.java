package io.cita.application.port.out;

import io.cita.domain.delivery.EventType;
import java.time.Instant;
import java.util.Objects;

/**
 * An event a change that is not a booking's writes to the outbox in its own atomic step: the tenant, what it is about
 * (a hold's or a client's id), its type, a short detail (what the subject became: {@code expired}, the channel left)
 * and when it happened.
 */
public record OutboxRecord(String tenantId, String subjectId, EventType type, String detail, Instant occurredAt) {
    public OutboxRecord {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
