package io.cita.application.service;

import io.cita.application.port.in.BillingEventsUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.InboundEvents;
import io.cita.application.port.out.PaymentEvent;
import io.cita.application.port.out.PaymentEvents;
import io.cita.application.port.out.Payments;
import io.cita.application.port.out.ReportedInvoice;
import io.cita.application.port.out.ReportedSubscription;
import io.cita.application.port.out.Subscriptions;
import io.cita.application.port.out.Tenants;
import io.cita.domain.billing.BillingStatus;
import io.cita.domain.billing.Payment;
import io.cita.domain.billing.PaymentStatus;
import io.cita.domain.billing.PlanPrices;
import io.cita.domain.billing.Subscription;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.Tenant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Billing drives the tenant: a subscription's state or an invoice's payment from the payment provider is kept when it
 * is the newest, and the tenant's plan (by the subscription's price) and status then follow the stored subscription
 * ({@link TenantBilling}), so a late or repeated event never undoes a newer one and a half-finished earlier attempt
 * is completed by the next event. A failed invoice puts a paying subscription PAST_DUE, starting its grace; a paid one
 * brings a PAST_DUE or UNPAID one back to ACTIVE.
 */
public class BillingService implements BillingEventsUseCase {
    private static final String SOURCE = "stripe";
    private static final Set<BillingStatus> FAILING = EnumSet.of(BillingStatus.TRIALING, BillingStatus.ACTIVE,
            BillingStatus.PAST_DUE);
    private static final Set<BillingStatus> RECOVERING = EnumSet.of(BillingStatus.PAST_DUE, BillingStatus.UNPAID);

    private final PaymentEvents reader;
    private final Subscriptions subscriptions;
    private final Payments payments;
    private final Tenants tenants;
    private final InboundEvents events;
    private final PlanPrices prices;
    private final ClockPort clock;
    private final TenantBilling billing;

    public BillingService(PaymentEvents reader, Subscriptions subscriptions, Payments payments, Tenants tenants,
                          InboundEvents events, PlanPrices prices, ClockPort clock, TenantBilling billing) {
        this.reader = reader;
        this.subscriptions = subscriptions;
        this.payments = payments;
        this.tenants = tenants;
        this.events = events;
        this.prices = prices;
        this.clock = clock;
        this.billing = billing;
    }

    @Override
    public Optional<Receipt> receive(String payload, String signature) {
        Optional<PaymentEvent> read = reader.read(payload, signature);
        read.ifPresent(event -> {
            if (event.subscription() != null) {
                subscriptionReported(event.subscription());
            }
            if (event.invoice() != null) {
                invoiceReported(event.invoice());
            }
        });
        return read.map(event -> new Receipt(!events.record(event.id(), SOURCE, payload, clock.now())));
    }

    private void subscriptionReported(ReportedSubscription change) {
        Optional<Tenant> tenant = tenantOf(change.tenantId());
        Optional<BillingStatus> status = BillingStatus.fromStripe(change.status());
        if (tenant.isEmpty() || status.isEmpty()) {
            return;
        }
        PlanCode plan = change.priceId() == null ? tenant.get().plan()
                : prices.planOf(change.priceId()).orElse(tenant.get().plan());
        Subscription reported = new Subscription(tenant.get().id(), change.subscriptionId(), change.customerId(),
                status.get(), plan, change.currentPeriodEnd(), change.trialEnd(), change.cancelAtPeriodEnd(),
                change.at());
        store(tenant.get(), reported.continuing(subscriptions.find(tenant.get().id()).orElse(null)));
        if (change.trialEnding() && change.trialEnd() != null) {
            billing.trialEnding(tenant.get(), change.trialEnd());
        }
    }

    private void invoiceReported(ReportedInvoice invoice) {
        Optional<Tenant> tenant = tenantOf(invoice.tenantId());
        if (tenant.isEmpty() || invoice.invoiceId() == null || invoice.createdAt() == null) {
            return;
        }
        payments.save(new Payment(tenant.get().id(), invoice.invoiceId(), invoice.subscriptionId(),
                invoice.amountMinor(), currencyOf(invoice, tenant.get()), invoice.paid() ? PaymentStatus.SUCCEEDED
                : PaymentStatus.FAILED, invoice.method(), invoice.providerReference(), invoice.invoiceUrl(),
                invoice.createdAt(), invoice.at()));
        Optional<Subscription> stored = subscriptions.find(tenant.get().id())
                .filter(s -> s.subscriptionId().equals(invoice.subscriptionId()));
        Set<BillingStatus> from = invoice.paid() ? RECOVERING : FAILING;
        stored.filter(s -> from.contains(s.status())).ifPresent(s -> store(tenant.get(),
                s.reported(invoice.paid() ? BillingStatus.ACTIVE : BillingStatus.PAST_DUE, invoice.at())));
    }

    /**
     * Stores the state unless a newer one is stored, then makes the tenant follow whichever is stored: the state itself
     * when it was written, read back only when a newer one won.
     */
    private void store(Tenant tenant, Subscription state) {
        Optional<Subscription> stored = subscriptions.save(state) ? Optional.of(state)
                : subscriptions.find(tenant.id());
        stored.ifPresent(newest -> billing.follow(tenant, newest));
    }

    /** The invoice's currency, or the business's when the provider names none that Cita can keep. */
    private static String currencyOf(ReportedInvoice invoice, Tenant tenant) {
        return invoice.currency() != null && invoice.currency().matches("[A-Za-z]{3}") ? invoice.currency()
                : tenant.currency();
    }

    private Optional<Tenant> tenantOf(String tenantId) {
        return tenantId == null || tenantId.isBlank() ? Optional.empty() : tenants.find(tenantId);
    }
}
