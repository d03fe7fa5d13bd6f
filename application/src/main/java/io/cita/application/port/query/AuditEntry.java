package io.cita.application.port.query;

import java.time.Instant;

/**
 * One line of a tenant's audit log (seed 001's audit_logs): who did what to which entity, when and from where,
 * with the entity's values before and after as JSON (null when it did not exist before or after).
 */
public record AuditEntry(String id, String tenantId, String actorType, String actorId, String action,
                         String entityType, String entityId, String oldValues, String newValues, String ip,
                         String userAgent, Instant at) {
}
