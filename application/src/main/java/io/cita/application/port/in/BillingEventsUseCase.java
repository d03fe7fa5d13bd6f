package io.cita.application.port.in;

import java.time.Instant;

/** What Stripe tells Cita about a tenant's subscription, already verified by the webhook. */
public interface BillingEventsUseCase {
    /**
     * Applies a subscription's new state: stored unless a newer one is, then the tenant's plan and status follow the
     * stored state. Applying the same change again changes nothing.
     */
    void subscriptionChanged(SubscriptionChange change);

    /** Records that event {@code eventId} was handled; false when it had been already (a redelivery). */
    boolean handled(String eventId, String payload);

    /** A subscription as a Stripe event carries it, at the event's creation time. */
    record SubscriptionChange(String tenantId, String subscriptionId, String customerId, String status,
                              String priceId, Instant currentPeriodEnd, Instant trialEnd, boolean cancelAtPeriodEnd,
                              Instant at) {
    }
}
