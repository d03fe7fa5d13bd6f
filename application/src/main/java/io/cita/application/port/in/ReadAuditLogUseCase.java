package io.cita.application.port.in;

import io.cita.application.port.query.AuditEntry;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;

/** Reading a tenant's audit log, newest first. */
public interface ReadAuditLogUseCase {
    Page<AuditEntry> auditLog(String tenantId, PageRequest page);
}
