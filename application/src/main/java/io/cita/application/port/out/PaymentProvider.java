package io.cita.application.port.out;

import java.time.Instant;

/**
 * Outgoing port to the payment provider (Stripe): the hosted pages where an owner subscribes to a plan and manages
 * the subscription. A provider that cannot be reached throws {@code PaymentProviderUnavailableException}.
 */
public interface PaymentProvider {
    /** Whether payments are set up (a provider key is configured). */
    boolean configured();

    /** A hosted checkout page subscribing {@code tenantId} to {@code priceId}; its URL. */
    String checkout(Checkout checkout);

    /** A hosted page where {@code customerId} manages its subscription and payment method; its URL. */
    String portal(String customerId, String returnUrl);

    /**
     * A checkout: the tenant (set as the session's reference and the subscription's metadata), price and pages, and
     * when the first payment is due if the business is still on its free trial (null: at once).
     */
    record Checkout(String tenantId, String priceId, String customerId, String successUrl, String cancelUrl,
                    Instant trialEnd) {
    }
}
