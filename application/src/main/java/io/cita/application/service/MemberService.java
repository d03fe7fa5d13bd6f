package io.cita.application.service;

import io.cita.application.error.ForbiddenException;
import io.cita.application.error.InvalidRequestException;
import io.cita.application.error.NotFoundException;
import io.cita.application.error.PlanLimitExceededException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.AddMemberCommand;
import io.cita.application.port.in.ManageMembersUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.Members;
import io.cita.application.port.out.PasswordHasher;
import io.cita.application.port.out.Plans;
import io.cita.application.port.out.Resources;
import io.cita.application.port.out.SecretTokens;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.out.Users;
import io.cita.application.port.query.Member;
import io.cita.application.port.query.Membership;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.application.port.query.UserAccount;
import io.cita.domain.access.AccessMatrix;
import io.cita.domain.access.Role;
import io.cita.domain.plan.Limit;
import io.cita.domain.plan.LimitKind;
import io.cita.domain.plan.PlanLimitPolicy;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Tenant;
import java.util.Optional;

/**
 * Adds, changes and removes a tenant's members. Everyone counts against the plan's staff users (the owner too);
 * nobody grants a role above their own, and the owner's membership never changes here.
 */
public class MemberService implements ManageMembersUseCase {
    private final Members members;
    private final Users users;
    private final Resources resources;
    private final Plans plans;
    private final PasswordHasher passwords;
    private final SecretTokens secrets;
    private final IdGenerator ids;
    private final ClockPort clock;
    private final Lookups lookups;
    private final AuditTrail audit;

    public MemberService(Members members, Users users, Tenants tenants, Resources resources, Plans plans,
                         PasswordHasher passwords, SecretTokens secrets, IdGenerator ids, ClockPort clock,
                         AuditTrail audit) {
        this.audit = audit;
        this.members = members;
        this.users = users;
        this.resources = resources;
        this.plans = plans;
        this.passwords = passwords;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
        this.lookups = new Lookups(tenants, null);
    }

    @Override
    public AddedMember add(String tenantId, AddMemberCommand command, Actor actor) {
        Tenant tenant = lookups.tenant(tenantId);
        if (!AccessMatrix.mayAssign(actor.role(), command.role())) {
            throw new ForbiddenException("Your role cannot grant the role " + command.role());
        }
        checkResource(tenantId, command.role(), command.resourceId());
        Optional<UserAccount> existing = users.findByEmail(command.email().value());
        String temporaryPassword = null;
        UserAccount newUser = null;
        if (existing.isEmpty()) {
            String password = command.password();
            if (password == null) {
                temporaryPassword = secrets.newSecret().substring(0, 20);
                password = temporaryPassword;
            } else if (password.length() < 8 || password.length() > 72) {
                throw new InvalidRequestException("password", "must be 8-72 characters");
            }
            if (command.firstName() == null || command.firstName().isBlank()) {
                throw new InvalidRequestException("firstName", "is required for a new account");
            }
            newUser = new UserAccount(ids.newId(IdPrefix.USER), command.email(), passwords.hash(password),
                    command.firstName(), command.lastName() == null ? "" : command.lastName(), clock.now());
        }
        UserAccount user = existing.orElse(newUser);
        Membership membership = new Membership(tenantId, user.id(), command.role(), command.resourceId());
        Limit limit = PlanLimitPolicy.limitOf(plans.plan(tenant.plan()), LimitKind.STAFF_USERS);
        if (!members.add(membership, newUser, limit,
                audit.pending(tenantId, actor, "member.added", "member", user.id(), null, membership))) {
            throw new PlanLimitExceededException(LimitKind.STAFF_USERS);
        }
        return new AddedMember(new Member(membership, user), temporaryPassword);
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
