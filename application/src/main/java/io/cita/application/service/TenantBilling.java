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
import java.util.function.BiConsumer;

/**
 * Sets a tenant's plan and status to what its stored subscription says at the clock's now (a payment still failing
 * after its grace suspends the business), with an audit entry, only when they differ, so it may be done again and
 * again; when the business falls PAST_DUE its owners are e-mailed, once per owner and reported state, as they are
 * when a paid subscription's trial is about to end.
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
            Instant now = clock.now();
            tellOwners(tenant, (ownerId, email) -> mail.paymentFailed(tenant, ownerId, email, stored.stateAt(), now));
        }
        return true;
    }

    /** E-mails each owner that the subscription's trial ends at {@code trialEnd}, once per owner and trial end. */
    public void trialEnding(Tenant tenant, Instant trialEnd) {
        Instant now = clock.now();
        tellOwners(tenant, (ownerId, email) -> mail.trialEnding(tenant, ownerId, email, trialEnd, now));
    }

    /** Tells each of the business's owners, by account id and e-mail address. */
    private void tellOwners(Tenant tenant, BiConsumer<String, String> tell) {
        members.list(tenant.id(), new PageRequest(OWNERS_READ, null)).items().stream()
                .filter(member -> member.membership().role() == Role.OWNER)
                .forEach(owner -> tell.accept(owner.user().id(), owner.user().email().value()));
    }
}
