package io.cita.application.service;

import io.cita.application.port.in.Actor;
import io.cita.application.port.in.SignUpCommand;
import io.cita.application.port.in.SignUpUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.PasswordHasher;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.UserAccount;
import io.cita.domain.access.Role;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import java.time.Instant;
import java.util.Map;

/** Creates a FREE tenant on TRIAL together with its owner. */
public class SignUpService implements SignUpUseCase {
    private final Tenants tenants;
    private final PasswordHasher passwords;
    private final IdGenerator ids;
    private final ClockPort clock;
    private final AuditTrail audit;

    public SignUpService(Tenants tenants, PasswordHasher passwords, IdGenerator ids, ClockPort clock,
                         AuditTrail audit) {
        this.audit = audit;
        this.tenants = tenants;
        this.passwords = passwords;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public SignUpResult signUp(SignUpCommand command) {
        Instant now = clock.now();
        Tenant tenant = new Tenant(ids.newId(IdPrefix.TENANT), command.slug(), command.name(), command.businessType(),
                command.timezone(), command.country(), command.currency(), command.locale(), PlanCode.FREE,
                TenantStatus.TRIAL, Map.of(), now);
        UserAccount owner = new UserAccount(ids.newId(IdPrefix.USER), command.ownerEmail(),
                passwords.hash(command.ownerPassword()), command.ownerFirstName(), command.ownerLastName(), now);
        tenants.createWithOwner(tenant, owner, audit.pending(tenant.id(),
                new Actor(Actor.Kind.USER, owner.id(), Role.OWNER, null, null, null), "tenant.created", "tenant",
                tenant.id(), null, tenant));
        return new SignUpResult(tenant, owner.id());
    }
}
