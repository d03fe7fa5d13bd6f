package io.cita.application.service;

import io.cita.application.port.in.Actor;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Members;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.PageRequest;
import io.cita.application.service.delivery.AccountMail;
import io.cita.domain.access.Role;
import io.cita.domain.billing.Subscription;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import java.time.Instant;
import java.util.Map;

/**
 * Sets a tenant's plan and status to what its stored subscription says at the clock's now (a payment still failing
 * after its grace suspends the business), with an audit entry, only when they differ, so it may be done again and
 * again; when the business falls PAST_DUE its owners are e-mailed, once per owner and reported state.
 */
public class TenantBilling {
    private static final int OWNERS_READ = 100;
    private static final Actor STRIPE = new Actor(Actor.Kind.CHANNEL, "stripe", null, null, null, "Stripe");

    private final Tenants tenants;
    private final ClockPort clock;
    private final AuditTrail audit;
    private final Members members;
    private final AccountMail mail;

    public TenantBilling(Tenants tenants, ClockPort clock, AuditTrail audit, Members members, AccountMail mail) {
        this.tenants = tenants;
        this.clock = clock;
        this.audit = audit;
        this.members = members;
        this.mail = mail;
    }

    /** Makes {@code tenant} follow {@code stored}; whether it changed. */
    public boolean follow(Tenant tenant, Subscription stored) {
        TenantStatus status = stored.tenantStatus(clock.now()).orElse(tenant.status());
        if (tenant.plan() == stored.plan() && tenant.status() == status) {
            return false;
        }
        tenants.update(tenant.withSubscription(stored.plan(), status), audit.pending(tenant.id(), STRIPE,
                "tenant.billing-changed", "tenant", tenant.id(),
                Map.of("plan", tenant.plan().name(), "status", tenant.status().name()),
                Map.of("plan", stored.plan().name(), "status", status.name(), "subscription",
                        stored.subscriptionId())));
        if (status == TenantStatus.PAST_DUE) {
            tellOwners(tenant, stored);
        }
        return true;
    }

    /** E-mails each owner that the payment failed, once per owner and reported state. */
    private void tellOwners(Tenant tenant, Subscription stored) {
        Instant now = clock.now();
        members.list(tenant.id(), new PageRequest(OWNERS_READ, null)).items().stream()
                .filter(member -> member.membership().role() == Role.OWNER)
                .forEach(owner -> mail.paymentFailed(tenant, owner.user().id(), owner.user().email().value(),
                        stored.stateAt(), now));
    }
}
