package io.cita.application.port.out;

import io.cita.application.port.query.Member;
import io.cita.application.port.query.Membership;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.application.port.query.UserAccount;
import io.cita.domain.plan.Limit;
/** Outgoing persistence port for a tenant's members. */
public interface Members {
    /**
     * Adds a membership if one more member fits the tenant's {@code limit}, creating
     * {@code newUser} in the same atomic step when it is not null; false when the limit is reached. A user who is
     * already a member, or a new user whose e-mail is taken, conflicts. {@code audit} (null: none) is written in the
     * same atomic step, so an added member always has its entry and a refused one never does.
     */
    boolean add(Membership membership, UserAccount newUser, Limit limit, AuditRecord audit);

    Page<Member> list(String tenantId, PageRequest page);

    /** Changes a membership's role and resource, with its audit entry; false (and no entry) when there is none. */
    boolean update(Membership membership, AuditRecord audit);

    /** Removes a membership, with its audit entry; false (and no entry) when there is none. */
    boolean remove(String tenantId, String userId, AuditRecord audit);
}
