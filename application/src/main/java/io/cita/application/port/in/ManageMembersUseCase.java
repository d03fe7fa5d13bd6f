package io.cita.application.port.in;

import io.cita.application.port.query.Member;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.access.Role;

/** Owners and admins keep a tenant's members, within the plan's limit of staff users. */
public interface ManageMembersUseCase {
    AddedMember add(String tenantId, AddMemberCommand command, Actor actor);

    Page<Member> list(String tenantId, PageRequest page);

    Member update(String tenantId, String userId, Role role, String resourceId, Actor actor);

    void remove(String tenantId, String userId, Actor actor);

    /** The new member and, for a new account without a chosen password, the generated one (shown once). */
    record AddedMember(Member member, String temporaryPassword) {
    }
}
