package io.cita.application.port.in;

import io.cita.application.port.query.Member;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.access.Invitation;
import io.cita.domain.access.Role;

/** Owners and admins keep a tenant's members, within the plan's limit of staff users. */
public interface ManageMembersUseCase {
    /**
     * Invites a person by e-mail to join in a role: the invitation, sent with a single-use link, whatever the address
     * (whether it has an account is never told here).
     */
    Invitation invite(String tenantId, AddMemberCommand command, Actor actor);

    Page<Member> list(String tenantId, PageRequest page);

    Member update(String tenantId, String userId, Role role, String resourceId, Actor actor);

    void remove(String tenantId, String userId, Actor actor);
}
