package io.cita.application.port.out;

import io.cita.application.port.query.Membership;
import io.cita.application.port.query.UserAccount;
import io.cita.domain.access.Invitation;
import io.cita.domain.plan.Limit;
import java.time.Instant;
import java.util.Optional;

/** Outgoing persistence port of invitations to join a tenant, and of their single use. */
public interface Invitations {
    /** Stores a new invitation with its audit entry, in one atomic step. */
    void save(Invitation invitation, AuditRecord audit);

    Optional<Invitation> find(String invitationId);

    /**
     * Uses {@code invitation} once: marks it accepted at {@code now} if it is still usable then, and adds
     * {@code membership} within {@code limit} (creating {@code newUser} when not null) with {@code audit}, all in one
     * atomic step. DONE; STALE when it was used or expired meanwhile; LIMIT_REACHED when no member more fits. A user
     * who is already a member, or a new user whose e-mail is taken, conflicts; nothing is written but by DONE.
     */
    StoreOutcome accept(Invitation invitation, Membership membership, UserAccount newUser, Limit limit,
                        AuditRecord audit, Instant now);
}
