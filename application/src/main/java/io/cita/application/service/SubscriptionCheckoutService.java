package io.cita.application.service;

import io.cita.application.error.ConflictException;
import io.cita.application.error.ForbiddenException;
import io.cita.application.error.InvalidRequestException;
import io.cita.application.error.NotFoundException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageBillingUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.PaymentProvider;
import io.cita.application.port.out.Payments;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.application.port.out.Subscriptions;
import io.cita.application.port.out.Tenants;
import io.cita.domain.access.Permission;
import io.cita.domain.billing.Payment;
import io.cita.domain.billing.PlanPrices;
import io.cita.domain.billing.Subscription;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * An owner pays for a plan on the payment provider's hosted checkout, and manages the subscription on its portal;
 * what the provider then reports comes back through the billing webhook ({@link BillingService}).
 */
public class SubscriptionCheckoutService implements ManageBillingUseCase {
    private static final Duration SHORTEST_TRIAL = Duration.ofHours(48);
    private final Tenants tenants;
    private final Subscriptions subscriptions;
    private final Payments payments;
    private final PaymentProvider provider;
    private final PlanPrices prices;
    private final String publicUrl;
    private final ClockPort clock;

    public SubscriptionCheckoutService(Tenants tenants, Subscriptions subscriptions, Payments payments,
                                       PaymentProvider provider, PlanPrices prices, String publicUrl,
                                       ClockPort clock) {
        this.tenants = tenants;
        this.subscriptions = subscriptions;
        this.payments = payments;
        this.provider = provider;
        this.prices = prices;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Override
    public String checkout(String tenantId, PlanCode plan, PlanPrices.Interval interval, String successUrl,
                           String cancelUrl, Actor actor) {
        Tenant tenant = owned(tenantId, actor);
        if (plan == null || plan == PlanCode.FREE) {
            throw new InvalidRequestException("plan", "plan must be a paid plan: STARTER, PROFESSIONAL or ENTERPRISE");
        }
        String price = prices.priceOf(plan, interval == null ? PlanPrices.Interval.MONTH : interval)
                .orElseThrow(() -> new InvalidRequestException("interval", "plan " + plan + " is not sold "
                        + (interval == null ? "monthly" : interval.name().toLowerCase(Locale.ROOT) + "ly") + " here"));
        return provider.checkout(new PaymentProvider.Checkout(tenant.id(), price,
                subscription(tenant.id()).map(Subscription::customerId).orElse(null),
                page("successUrl", successUrl), page("cancelUrl", cancelUrl), trialLeft(tenant)));
    }

    @Override
    public String portal(String tenantId, String returnUrl, Actor actor) {
        Tenant tenant = owned(tenantId, actor);
        String customer = subscription(tenant.id()).map(Subscription::customerId)
                .orElseThrow(() -> new ConflictException("subscription", "The business has no paid subscription yet; "
                        + "start one with a checkout"));
        return provider.portal(customer, page("returnUrl", returnUrl));
    }

    @Override
    public Optional<Subscription> subscription(String tenantId) {
        return subscriptions.find(tenantId);
    }

    @Override
    public Page<Payment> payments(String tenantId, PageRequest page) {
        return payments.list(tenantId, page);
    }

    /**
     * The end of the business's free trial when it is still on it and at least two days of it are left (Stripe's
     * shortest trial): paying during the trial starts charging when the trial ends.
     */
    private Instant trialLeft(Tenant tenant) {
        Instant end = tenant.trialEndsAt();
        boolean left = tenant.status() == TenantStatus.TRIAL && end != null
                && end.isAfter(clock.now().plus(SHORTEST_TRIAL));
        return left ? end : null;
    }

    private Tenant owned(String tenantId, Actor actor) {
        if (!actor.may(Permission.MANAGE_BILLING)) {
            throw new ForbiddenException("Only the business's owner pays for it");
        }
        if (!provider.configured()) {
            throw new ConflictException("billing", "Payments are not set up on this Cita");
        }
        return tenants.find(tenantId).orElseThrow(() -> new NotFoundException("tenant", tenantId));
    }

    /** A page to send the payer back to: an http(s) URL, or the public URL when none is given. */
    private String page(String field, String url) {
        if (url == null || url.isBlank()) {
            return publicUrl;
        }
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new IllegalArgumentException(field);
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, field + " must be an http(s) URL");
        }
    }
}
