package io.cita.adapters.rest.dto;

import io.cita.domain.billing.Payment;
import io.cita.domain.billing.Subscription;
import io.cita.domain.tenant.Tenant;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

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
    public record Overview(String plan, String status,
                           @Nullable @Schema(description = "When the free trial ends") String trialEndsAt,
                           @Nullable SubscriptionJson subscription,
                           @Schema(description = "The newest payments; all of them at .../billing/payments")
                           List<PaymentJson> recentPayments) {
        public static Overview from(Tenant tenant, Subscription s, List<Payment> payments) {
            return new Overview(tenant.plan().name(), tenant.status().name(), text(tenant.trialEndsAt()), s == null
                    ? null
                    : new SubscriptionJson(s.subscriptionId(), s.status().name(), s.plan().name(),
                    text(s.currentPeriodEnd()), text(s.trialEnd()), s.cancelAtPeriodEnd(), text(s.graceEndsAt()),
                    s.stateAt().toString()), payments.stream().map(PaymentJson::from).toList());
        }
    }

    /** The paid subscription as the payment provider last reported it. */
    @Schema(name = "Subscription")
    public record SubscriptionJson(String id, @Schema(example = "ACTIVE", description = "TRIALING, ACTIVE, PAST_DUE, "
            + "UNPAID, PAUSED, CANCELED, INCOMPLETE or INCOMPLETE_EXPIRED") String status, String plan,
                                   @Nullable String currentPeriodEnd, @Nullable String trialEnd,
                                   boolean cancelAtPeriodEnd,
                                   @Nullable @Schema(description = "While a payment fails: when the business is "
                                           + "suspended unless it is paid by then") String graceEndsAt,
                                   String reportedAt) {
    }

    /** A payment of one invoice. */
    @Schema(name = "Payment")
    public record PaymentJson(String tenantId, String invoiceId, @Nullable String subscriptionId,
                              @Schema(description = "In the currency's minor unit (cents)", example = "2900")
                              long amountMinor, @Schema(example = "EUR") String currency,
                              @Schema(example = "SUCCEEDED", description = "PENDING, SUCCEEDED, FAILED, CANCELLED or "
                                      + "REFUNDED") String status,
                              @Nullable @Schema(example = "charge_automatically") String method,
                              @Nullable @Schema(description = "The provider's payment reference",
                                      example = "pi_3Q1") String providerReference,
                              @Nullable String invoiceUrl, String createdAt, String reportedAt) {
        public static PaymentJson from(Payment p) {
            return new PaymentJson(p.tenantId(), p.invoiceId(), p.subscriptionId(), p.amountMinor(), p.currency(),
                    p.status().name(), p.method(), p.providerReference(), p.invoiceUrl(), p.createdAt().toString(),
                    p.stateAt().toString());
        }
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
