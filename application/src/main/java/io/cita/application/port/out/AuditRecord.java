package io.cita.application.port.out;

import io.cita.application.port.query.AuditEntry;
/**
 * An audit entry still to be written, with the entity's values before and after as domain values (the store renders
 * them as JSON): handed to a store that writes it in the same atomic step as the change it describes.
 */
public record AuditRecord(AuditEntry entry, Object before, Object after) {
}
