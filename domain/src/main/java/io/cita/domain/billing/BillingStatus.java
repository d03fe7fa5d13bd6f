package io.cita.domain.billing;

import io.cita.domain.tenant.TenantStatus;
import java.util.Locale;
import java.util.Optional;

/**
 * A Stripe subscription's status, and the tenant status it puts the business in: paying or trialling businesses take
 * bookings, a failed payment keeps them open while it is retried, an unpaid, paused or cancelled one does not. An
 * incomplete first payment changes nothing yet.
 */
public enum BillingStatus {
    TRIALING, ACTIVE, PAST_DUE, UNPAID, PAUSED, CANCELED, INCOMPLETE, INCOMPLETE_EXPIRED;

    /** The status Stripe names ({@code past_due}); empty for one Cita does not know. */
    public static Optional<BillingStatus> fromStripe(String status) {
        try {
            return status == null ? Optional.empty()
                    : Optional.of(valueOf(status.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The tenant's status under this subscription status; empty when it should not change. */
    public Optional<TenantStatus> tenantStatus() {
        return switch (this) {
            case TRIALING -> Optional.of(TenantStatus.TRIAL);
            case ACTIVE -> Optional.of(TenantStatus.ACTIVE);
            case PAST_DUE -> Optional.of(TenantStatus.PAST_DUE);
            case UNPAID, PAUSED -> Optional.of(TenantStatus.SUSPENDED);
            case CANCELED -> Optional.of(TenantStatus.CANCELLED);
            case INCOMPLETE, INCOMPLETE_EXPIRED -> Optional.empty();
        };
    }
}
