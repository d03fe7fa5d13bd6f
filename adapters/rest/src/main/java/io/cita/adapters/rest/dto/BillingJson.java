package io.cita.adapters.rest.dto;

import io.cita.domain.billing.Subscription;
import io.cita.domain.tenant.Tenant;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON shapes of a business's billing: its plan and status, its subscription, and the hosted pages' URLs. */
public final class BillingJson {
    private BillingJson() {
    }

    /** POST .../billing/checkout. */
    @Introspected
    @Schema(name = "CheckoutRequest")
    public record Checkout(@Schema(example = "STARTER", description = "STARTER, PROFESSIONAL or ENTERPRISE")
                           @Nullable String plan,
                           @Schema(example = "MONTH", description = "MONTH (default) or YEAR")
                           @Nullable String interval,
                           @Nullable @Schema(description = "Where the payer goes after paying; default the public URL")
                           String successUrl,
                           @Nullable @Schema(description = "Where the payer goes on giving up") String cancelUrl) {
    }

    /** POST .../billing/portal. */
    @Introspected
    @Schema(name = "BillingPortalRequest")
    public record Portal(@Nullable @Schema(description = "Where the portal's back link goes") String returnUrl) {
    }

    /** A hosted page to send the owner to. */
    @Schema(name = "BillingPage")
    public record Page(@Schema(example = "https://checkout.stripe.com/c/pay/cs_test_a1") String url) {
    }

    /** GET .../billing. */
    @Schema(name = "Billing")
    public record Overview(String plan, String status, @Nullable SubscriptionJson subscription) {
        public static Overview from(Tenant tenant, Subscription s) {
            return new Overview(tenant.plan().name(), tenant.status().name(), s == null ? null
                    : new SubscriptionJson(s.subscriptionId(), s.status().name(), s.plan().name(),
                    s.currentPeriodEnd() == null ? null : s.currentPeriodEnd().toString(),
                    s.trialEnd() == null ? null : s.trialEnd().toString(), s.cancelAtPeriodEnd(),
                    s.stateAt().toString()));
        }
    }

    /** The paid subscription as the payment provider last reported it. */
    @Schema(name = "Subscription")
    public record SubscriptionJson(String id, @Schema(example = "ACTIVE", description = "TRIALING, ACTIVE, PAST_DUE, "
            + "UNPAID, PAUSED, CANCELED, INCOMPLETE or INCOMPLETE_EXPIRED") String status, String plan,
                                   @Nullable String currentPeriodEnd, @Nullable String trialEnd,
                                   boolean cancelAtPeriodEnd, String reportedAt) {
    }
}
