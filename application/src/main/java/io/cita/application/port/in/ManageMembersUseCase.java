package io.cita.application.port.in;

import io.cita.application.port.out.Members;
import io.cita.application.port.out.Page;
import io.cita.application.port.out.PageRequest;
import io.cita.domain.access.Role;

/** Owners and admins keep a tenant's members, within the plan's limit of staff users. */
public interface ManageMembersUseCase {
    AddedMember add(String tenantId, AddMemberCommand command, Actor actor);

    Page<Members.Member> list(String tenantId, PageRequest page);

    Members.Member update(String tenantId, String userId, Role role, String resourceId, Actor actor);

    void remove(String tenantId, String userId, Actor actor);

    /** The new member and, for a new account without a chosen password, the generated one (shown once). */
    record AddedMember(Members.Member member, String temporaryPassword) {
    }
}
