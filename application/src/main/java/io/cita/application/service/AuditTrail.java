package io.cita.application.service;

import io.cita.application.port.in.Actor;
import io.cita.application.port.out.AuditEntry;
import io.cita.application.port.out.AuditLog;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.IdGenerator;
import io.cita.domain.shared.IdPrefix;

/** Records a mutation in the audit log with its actor; every service that changes data goes through here. */
public class AuditTrail {
    private final AuditLog log;
    private final IdGenerator ids;
    private final ClockPort clock;

    public AuditTrail(AuditLog log, IdGenerator ids, ClockPort clock) {
        this.log = log;
        this.ids = ids;
        this.clock = clock;
    }

    /** Records {@code action} (e.g. "booking.cancelled") on an entity, with its values before and after. */
    public void record(String tenantId, Actor actor, String action, String entityType, String entityId, Object before,
                       Object after) {
        AuditRecord pending = pending(tenantId, actor, action, entityType, entityId, before, after);
        log.record(pending.entry(), pending.before(), pending.after());
    }

    /** The same entry, not written: for a store to write in the same atomic step as the change. */
    public AuditRecord pending(String tenantId, Actor actor, String action, String entityType, String entityId,
                               Object before, Object after) {
        Actor who = actor == null ? Actor.system() : actor;
        return new AuditRecord(new AuditEntry(ids.newId(IdPrefix.AUDIT), tenantId, who.kind().name(), who.id(), action,
                entityType, entityId, null, null, who.ip(), who.userAgent(), clock.now()), before, after);
    }
}
