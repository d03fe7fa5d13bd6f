package io.cita.application.port.out;

/** Outgoing port for the audit log: appends entries and lists a tenant's, newest first. */
public interface AuditLog {
    /** Appends an entry; {@code before} and {@code after} are domain values the store renders as JSON. */
    void record(AuditEntry entry, Object before, Object after);

    Page<AuditEntry> list(String tenantId, PageRequest page);
}
