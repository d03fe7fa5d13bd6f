package io.cita.application.port.in;

import io.cita.application.port.out.AuditEntry;
import io.cita.application.port.out.Page;
import io.cita.application.port.out.PageRequest;

/** Reading a tenant's audit log, newest first. */
public interface ReadAuditLogUseCase {
    Page<AuditEntry> auditLog(String tenantId, PageRequest page);
}
