package io.cita.application.service;

import io.cita.application.port.in.Actor;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.query.AuditEntry;
import io.cita.domain.shared.IdPrefix;

/**
 * Builds the audit entry of a mutation with its actor; every service that changes data asks here, and hands the entry
 * to the store's write, which stores it in the same atomic step as the change (there is no way to write one apart).
 */
public class AuditTrail {
    private final IdGenerator ids;
    private final ClockPort clock;

    public AuditTrail(IdGenerator ids, ClockPort clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /** The entry of {@code action} (e.g. "booking.cancelled") on an entity, with its values before and after. */
    public AuditRecord pending(String tenantId, Actor actor, String action, String entityType, String entityId,
                               Object before, Object after) {
        Actor who = actor == null ? Actor.system() : actor;
        return new AuditRecord(new AuditEntry(ids.newId(IdPrefix.AUDIT), tenantId, who.kind().name(), who.id(), action,
                entityType, entityId, null, null, who.ip(), who.userAgent(), clock.now()), before, after);
    }
}
