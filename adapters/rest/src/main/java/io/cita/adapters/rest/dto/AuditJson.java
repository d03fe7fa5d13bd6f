package io.cita.adapters.rest.dto;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.cita.application.port.query.AuditEntry;

/** One audit-log entry as the API shows it; old and new values are the JSON the store kept. */
public record AuditJson(String id, String at, String action, String entityType, String entityId, String actorType,
                        String actorId, String ip, String userAgent, @JsonRawValue String oldValues,
                        @JsonRawValue String newValues) {
    public static AuditJson from(AuditEntry entry) {
        return new AuditJson(entry.id(), entry.at().toString(), entry.action(), entry.entityType(), entry.entityId(),
                entry.actorType(), entry.actorId(), entry.ip(), entry.userAgent(), entry.oldValues(), entry.newValues());
    }
}
