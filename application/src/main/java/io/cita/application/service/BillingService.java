package io.cita.application.service;

import io.cita.application.port.in.Actor;
import io.cita.application.port.in.BillingEventsUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.InboundEvents;
import io.cita.application.port.out.Members;
import io.cita.application.port.out.Subscriptions;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.PageRequest;
import io.cita.application.service.delivery.AccountMail;
import io.cita.domain.access.Role;
import io.cita.domain.billing.BillingStatus;
import io.cita.domain.billing.PlanPrices;
import io.cita.domain.billing.Subscription;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Billing drives the tenant: a subscription's state from Stripe is kept when it is the newest, and the tenant's plan
 * (by the subscription's price) and status (by its {@link BillingStatus}) then follow the stored state, so a late or
 * repeated event never undoes a newer one and a half-finished earlier attempt is completed by the next event. When a
 * payment fails (PAST_DUE) the owners are e-mailed, through the same deliveries as every other message.
 */
public class BillingService implements BillingEventsUseCase {
    private static final String SOURCE = "stripe";
    private static final int OWNERS_READ = 100;
    private static final Actor STRIPE = new Actor(Actor.Kind.CHANNEL, "stripe", null, null, null, "Stripe");

    private final Subscriptions subscriptions;
    private final Tenants tenants;
    private final InboundEvents events;
    private final PlanPrices prices;
    private final ClockPort clock;
    private final AuditTrail audit;
    private final Members members;
    private final AccountMail mail;

    public BillingService(Subscriptions subscriptions, Tenants tenants, InboundEvents events,
                          PlanPrices prices, ClockPort clock, AuditTrail audit, Members members, AccountMail mail) {
        this.subscriptions = subscriptions;
        this.tenants = tenants;
        this.events = events;
        this.prices = prices;
        this.clock = clock;
        this.audit = audit;
        this.members = members;
        this.mail = mail;
    }

    @Override
    public void subscriptionChanged(SubscriptionChange change) {
        Optional<Tenant> tenant = change.tenantId() == null ? Optional.empty() : tenants.find(change.tenantId());
        Optional<BillingStatus> status = BillingStatus.fromStripe(change.status());
        if (tenant.isEmpty() || status.isEmpty()) {
            return;
        }
        PlanCode plan = change.priceId() == null ? tenant.get().plan()
                : prices.planOf(change.priceId()).orElse(tenant.get().plan());
        subscriptions.save(new Subscription(tenant.get().id(), change.subscriptionId(), change.customerId(),
                status.get(), plan, change.currentPeriodEnd(), change.trialEnd(), change.cancelAtPeriodEnd(),
                change.at()));
        subscriptions.find(tenant.get().id()).ifPresent(stored -> follow(tenant.get(), stored));
    }

    @Override
    public boolean handled(String eventId, String payload) {
        return events.record(eventId, SOURCE, payload, clock.now());
    }

    /** Sets the tenant's plan and status to what the stored subscription says, with an audit entry, if they differ. */
    private void follow(Tenant tenant, Subscription stored) {
        TenantStatus status = stored.status().tenantStatus().orElse(tenant.status());
        if (tenant.plan() == stored.plan() && tenant.status() == status) {
            return;
        }
        tenants.update(tenant.withSubscription(stored.plan(), status), audit.pending(tenant.id(), STRIPE,
                "tenant.billing-changed", "tenant", tenant.id(),
                Map.of("plan", tenant.plan().name(), "status", tenant.status().name()),
                Map.of("plan", stored.plan().name(), "status", status.name(), "subscription",
                        stored.subscriptionId())));
        if (status == TenantStatus.PAST_DUE) {
            tellOwners(tenant, stored);
        }
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
