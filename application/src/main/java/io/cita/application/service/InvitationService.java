package io.cita.application.service;

import io.cita.application.error.InvalidCredentialsException;
import io.cita.application.error.InvalidRequestException;
import io.cita.application.error.NotFoundException;
import io.cita.application.error.PlanLimitExceededException;
import io.cita.application.port.in.AcceptInvitationUseCase;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.AddMemberCommand;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.Invitations;
import io.cita.application.port.out.PasswordHasher;
import io.cita.application.port.out.Plans;
import io.cita.application.port.out.SecretTokens;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.out.Users;
import io.cita.application.port.query.Member;
import io.cita.application.port.query.Membership;
import io.cita.application.port.query.UserAccount;
import io.cita.domain.access.Invitation;
import io.cita.domain.plan.Limit;
import io.cita.domain.plan.LimitKind;
import io.cita.domain.plan.PlanLimitPolicy;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns an accepted invitation into a membership, once: the token's secret is checked against its hash, an existing
 * account proves itself with its password, a new one is created, and the plan's staff limit is checked in the same
 * atomic step that uses the invitation up.
 */
public class InvitationService implements AcceptInvitationUseCase {
    private final Invitations invitations;
    private final Users users;
    private final Lookups lookups;
    private final Plans plans;
    private final PasswordHasher passwords;
    private final SecretTokens secrets;
    private final IdGenerator ids;
    private final ClockPort clock;
    private final AuditTrail audit;

    public InvitationService(Invitations invitations, Users users, Tenants tenants, Plans plans,
                             PasswordHasher passwords, SecretTokens secrets, IdGenerator ids, ClockPort clock,
                             AuditTrail audit) {
        this.invitations = invitations;
        this.users = users;
        this.lookups = new Lookups(tenants, null);
        this.plans = plans;
        this.passwords = passwords;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public Member accept(AcceptInvitationCommand command, String ip, String userAgent) {
        if (command.password() == null || command.password().isEmpty()) {
            throw new InvalidRequestException("password", "is required");
        }
        Instant now = clock.now();
        Invitation invitation = usable(command.token(), now);
        Optional<UserAccount> existing = users.findByEmail(invitation.email().value());
        UserAccount newUser = null;
        if (existing.isPresent()) {
            if (!passwords.matches(command.password(), existing.get().passwordHash())) {
                throw new InvalidCredentialsException();
            }
        } else {
            newUser = newAccount(invitation, command, now);
        }
        UserAccount user = existing.orElse(newUser);
        Membership membership = new Membership(invitation.tenantId(), user.id(), invitation.role(),
                invitation.resourceId());
        Tenant tenant = lookups.tenant(invitation.tenantId());
        Limit limit = PlanLimitPolicy.limitOf(plans.plan(tenant.plan()), LimitKind.STAFF_USERS);
        Actor invitee = new Actor(Actor.Kind.USER, user.id(), invitation.role(), invitation.resourceId(), ip,
                userAgent);
        StoreOutcome outcome = invitations.accept(invitation, membership, newUser, limit, audit.pending(
                invitation.tenantId(), invitee, "member.added", "member", user.id(), null, membership), now);
        if (outcome == StoreOutcome.LIMIT_REACHED) {
            throw new PlanLimitExceededException(LimitKind.STAFF_USERS, tenant.plan(), limit);
        }
        if (outcome != StoreOutcome.DONE) {
            throw gone();
        }
        return new Member(membership, user);
    }

    /** The invitation the token names, if its secret matches and it can still be used; else one refusal for all. */
    private Invitation usable(String token, Instant now) {
        return SecretLink.parse(token).filter(link -> IdPrefix.INVITATION.matches(link.id()))
                .flatMap(link -> invitations.find(link.id()).filter(found -> link.matches(secrets, found.secretHash())))
                .filter(found -> found.usableAt(now))
                .orElseThrow(InvitationService::gone);
    }

    private UserAccount newAccount(Invitation invitation, AcceptInvitationCommand command, Instant now) {
        String password = command.password();
        if (password.length() < 8 || password.length() > 72) {
            throw new InvalidRequestException("password", "must be 8-72 characters");
        }
        String firstName = AddMemberCommand.name("firstName", command.firstName());
        String lastName = AddMemberCommand.name("lastName", command.lastName());
        firstName = firstName == null ? invitation.firstName() : firstName;
        if (firstName == null) {
            throw new InvalidRequestException("firstName", "is required for a new account");
        }
        lastName = lastName == null ? invitation.lastName() : lastName;
        return new UserAccount(ids.newId(IdPrefix.USER), invitation.email(), passwords.hash(password), firstName,
                lastName == null ? "" : lastName, now);
    }

    private static NotFoundException gone() {
        return new NotFoundException("invitation", "given");
    }
}
