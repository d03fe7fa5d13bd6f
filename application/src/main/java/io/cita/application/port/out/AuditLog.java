package io.cita.application.port.out;

import io.cita.application.port.query.AuditEntry;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.client.Client;
import java.util.List;
/**
 * Outgoing port for reading the audit log, a tenant's entries newest first. Entries are written only by the stores'
 * writes of the changes they describe ({@link AuditRecord}), never on their own.
 */
public interface AuditLog {
    Page<AuditEntry> list(String tenantId, PageRequest page);

    /**
     * The client as their audit entries recorded them, before and after each change, oldest first: with the names,
     * phones and e-mails they had before, which an erasure has to find as well. Values that no longer read as a client
     * are passed over.
     */
    List<Client> clientAsRecorded(String tenantId, String clientId);
}
