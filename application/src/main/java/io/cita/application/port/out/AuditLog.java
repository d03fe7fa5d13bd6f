package io.cita.application.port.out;

import io.cita.application.port.query.AuditEntry;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
/**
 * Outgoing port for reading the audit log, a tenant's entries newest first. Entries are written only by the stores'
 * writes of the changes they describe ({@link AuditRecord}), never on their own.
 */
public interface AuditLog {
    Page<AuditEntry> list(String tenantId, PageRequest page);
}
