package io.cita.application.port.out;

import io.cita.domain.delivery.EventType;
import java.time.Instant;

/**
 * A change recorded in the outbox in the same atomic step as the change itself: its stable id, the tenant, what it is
 * about (a booking), its type and the status it left behind, and when it happened.
 */
public record OutboxEvent(String id, String tenantId, String subjectId, EventType type, String status,
                          Instant occurredAt) {
}
