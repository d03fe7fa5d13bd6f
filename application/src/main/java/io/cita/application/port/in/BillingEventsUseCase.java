package io.cita.application.port.in;

import java.util.Optional;

/** What the payment provider tells Cita about tenants' subscriptions and payments, through its webhook. */
public interface BillingEventsUseCase {
    /**
     * Verifies a webhook delivery, applies what it reports (a subscription's state or an invoice's payment, each
     * stored unless a newer one is; then the tenant's plan and status follow the stored subscription) and records its
     * event id. Empty when the signature does not verify: nothing is read or stored. Applying an event again changes
     * nothing, and is reported as a duplicate.
     */
    Optional<Receipt> receive(String payload, String signature);

    /** What receiving an event did: whether it had been received before. */
    record Receipt(boolean duplicate) {
    }
}
