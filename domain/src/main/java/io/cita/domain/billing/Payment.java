package io.cita.domain.billing;

import io.cita.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A tenant's payment of one invoice as the payment provider last reported it (seed 001's payments with seed 004's
 * method and provider reference): the amount in the currency's minor unit, its status, how it was collected, the
 * provider's payment reference and the invoice's page; {@code createdAt} is the invoice's, which orders a tenant's
 * payments, and {@code stateAt} orders the reports of one invoice: an older report never replaces a newer one.
 */
public record Payment(String tenantId, String invoiceId, String subscriptionId, long amountMinor, String currency,
                      PaymentStatus status, String method, String providerReference, String invoiceUrl,
                      Instant createdAt, Instant stateAt) {
    public Payment {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(stateAt, "stateAt");
        if (currency == null || !currency.matches("[A-Za-z]{3}")) {
            throw new InvalidValueException("currency must be an ISO 4217 code");
        }
        currency = currency.toUpperCase(Locale.ROOT);
    }

    /** The key that orders a tenant's payments as text: the invoice's creation time, then its id. */
    public String orderKey() {
        return String.format(Locale.ROOT, "%015d#%s", createdAt.toEpochMilli(), invoiceId);
    }

    /** Whether this report may replace {@code stored}: none stored, or this one is not older. */
    public boolean supersedes(Payment stored) {
        return stored == null || !stateAt.isBefore(stored.stateAt());
    }
}
