package io.cita.application.port.out;

import java.time.Instant;

/**
 * A subscription as the payment provider reports it, at the creation time of the event that carried it ({@code at}):
 * the business it is for (its {@code tenantId} metadata), its ids, status, price, period and trial ends, and whether
 * the event announces that the trial ends soon.
 */
public record ReportedSubscription(String tenantId, String subscriptionId, String customerId, String status,
                                   String priceId, Instant currentPeriodEnd, Instant trialEnd,
                                   boolean cancelAtPeriodEnd, Instant at, boolean trialEnding) {
}
