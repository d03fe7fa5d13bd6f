package io.cita.application.service;

import io.cita.application.error.ConflictException;
import io.cita.application.error.ForbiddenException;
import io.cita.application.error.InvalidRequestException;
import io.cita.application.error.NotFoundException;
import io.cita.application.error.PlanLimitExceededException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.AddMemberCommand;
import io.cita.application.port.in.ManageMembersUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.Invitations;
import io.cita.application.port.out.Members;
import io.cita.application.port.out.Plans;
import io.cita.application.port.out.Resources;
import io.cita.application.port.out.SecretTokens;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.out.Users;
import io.cita.application.port.query.Member;
import io.cita.application.port.query.Membership;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.application.service.delivery.AccountMail;
import io.cita.domain.access.AccessMatrix;
import io.cita.domain.access.Invitation;
import io.cita.domain.access.Role;
import io.cita.domain.plan.Limit;
import io.cita.domain.plan.LimitKind;
import io.cita.domain.plan.PlanLimitPolicy;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Tenant;
import java.util.Map;

/**
 * Invites, changes and removes a tenant's members. A person joins by accepting an e-mailed invitation, whose answer
 * is the same whether or not the address has an account; everyone counts against the plan's staff users (the owner
 * too); nobody grants a role above their own, and the owner's membership never changes here.
 */
public class MemberService implements ManageMembersUseCase {
    /** How many members the plan check counts at most before inviting (acceptance checks the limit exactly). */
    private static final int MOST_COUNTED = 200;
    private final Members members;
    private final Users users;
    private final Resources resources;
    private final Plans plans;
    private final Invitations invitations;
    private final AccountMail mail;
    private final SecretTokens secrets;
    private final IdGenerator ids;
    private final ClockPort clock;
    private final Lookups lookups;
    private final AuditTrail audit;

    /** Invitations are kept in {@code invitations} and sent by {@code mail}. */
    public MemberService(Members members, Users users, Tenants tenants, Resources resources, Plans plans,
                         Invitations invitations, AccountMail mail, SecretTokens secrets, IdGenerator ids,
                         ClockPort clock, AuditTrail audit) {
        this.audit = audit;
        this.invitations = invitations;
        this.mail = mail;
        this.members = members;
        this.users = users;
        this.resources = resources;
        this.plans = plans;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
        this.lookups = new Lookups(tenants, null);
    }

    @Override
    public Invitation invite(String tenantId, AddMemberCommand command, Actor actor) {
        Tenant tenant = lookups.tenant(tenantId);
        if (command.role() == Role.OWNER || !AccessMatrix.mayAssign(actor.role(), command.role())) {
            throw new ForbiddenException("Your role cannot grant the role " + command.role());
        }
        checkResource(tenantId, command.role(), command.resourceId());
        Limit limit = PlanLimitPolicy.limitOf(plans.plan(tenant.plan()), LimitKind.STAFF_USERS);
        if (!limit.isUnlimited() && !limit.allowsOneMore(members.list(tenantId,
                new PageRequest(Math.min(limit.bound() + 1, MOST_COUNTED), null)).items().size())) {
            throw new PlanLimitExceededException(LimitKind.STAFF_USERS, tenant.plan(), limit);
        }
        if (users.findByEmail(command.email().value())
                .flatMap(user -> users.membership(tenantId, user.id())).isPresent()) {
            throw new ConflictException("email", "this person is already a member");
        }
        String secret = secrets.newSecret();
        Invitation invitation = Invitation.issued(ids.newId(IdPrefix.INVITATION), tenantId, command.email(),
                command.role(), command.resourceId(), command.firstName(), command.lastName(), actor.id(),
                secrets.hash(secret), clock.now());
        invitations.save(invitation, audit.pending(tenantId, actor, "member.invited", "invitation", invitation.id(),
                null, Map.of("email", invitation.email().value(), "role", invitation.role().name())));
        mail.invitation(invitation, new SecretLink(invitation.id(), secret).token(), tenant, clock.now());
        return invitation;
    }

    @Override
    public Page<Member> list(String tenantId, PageRequest page) {
        lookups.tenant(tenantId);
        return members.list(tenantId, page);
    }

    @Override
    public Member update(String tenantId, String userId, Role role, String resourceId, Actor actor) {
        Membership current = changeable(tenantId, userId, actor);
        Role newRole = role == null ? current.role() : role;
        if (!AccessMatrix.mayAssign(actor.role(), newRole)) {
            throw new ForbiddenException("Your role cannot grant the role " + newRole);
        }
        checkResource(tenantId, newRole, resourceId);
        Membership updated = new Membership(tenantId, userId, newRole, resourceId);
        if (!members.update(updated,
                audit.pending(tenantId, actor, "member.updated", "member", userId, current, updated))) {
            throw new NotFoundException("member", userId);
        }
        return new Member(updated, users.find(userId).orElseThrow(() -> new NotFoundException("member", userId)));
    }

    @Override
    public void remove(String tenantId, String userId, Actor actor) {
        Membership current = changeable(tenantId, userId, actor);
        if (!members.remove(tenantId, userId,
                audit.pending(tenantId, actor, "member.removed", "member", userId, current, null))) {
            throw new NotFoundException("member", userId);
        }
    }

    private Membership changeable(String tenantId, String userId, Actor actor) {
        Membership current = users.membership(tenantId, userId).orElseThrow(() -> new NotFoundException("member", userId));
        if (current.role() == Role.OWNER) {
            throw new ForbiddenException("The owner's membership cannot be changed or removed");
        }
        if (!AccessMatrix.mayAssign(actor.role(), current.role())) {
            throw new ForbiddenException("Your role cannot change a member with the role " + current.role());
        }
        return current;
    }

    private void checkResource(String tenantId, Role role, String resourceId) {
        if (resourceId == null) {
            return;
        }
        if (role != Role.STAFF) {
            throw new InvalidRequestException("resourceId", "only staff members are linked to a resource");
        }
        if (resources.find(tenantId, resourceId).isEmpty()) {
            throw new InvalidRequestException("resourceId", "no such resource");
        }
    }
}
