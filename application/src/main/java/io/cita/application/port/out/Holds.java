package io.cita.application.port.out;

import io.cita.domain.booking.Hold;
import java.time.Instant;
import java.util.Optional;

/** Outgoing persistence port for holds: short reservations that expire by themselves. */
public interface Holds {
    /**
     * Stores a hold if its occupations fit (DONE) or SLOT_TAKEN; expired holds never block. Its audit entry (null:
     * none) is written in the same atomic step.
     */
    StoreOutcome create(Hold hold, int capacity, Instant now, AuditRecord audit);

    /** The hold if it exists and is live at {@code now}. */
    Optional<Hold> findLive(String tenantId, String holdId, Instant now);

    /**
     * Removes up to {@code limit} holds expired by {@code now}, each in one atomic step with its {@code hold.expired}
     * outbox event when it expired less than {@link Hold#EXPIRY_ANNOUNCED_WITHIN} before {@code now}. A hold is
     * removed once, whoever removes it (another instance, a booking's write on its resources, which announces it
     * too); returns how many this call removed.
     */
    int removeExpired(Instant now, int limit);

    /** Releases the hold, with its audit entry (null: none) in the same atomic step; false if there is none. */
    boolean release(String tenantId, String holdId, AuditRecord audit);
}
