package io.cita.domain.billing;

import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.TenantStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's paid subscription as Stripe last told it (seed 001's subscriptions): its Stripe ids, status, plan, period
 * and trial ends, whether it ends at the period's end, and when Stripe said so ({@code stateAt}, the event's creation
 * time), which orders the changes: an older state never replaces a newer one. A subscription whose payment failed
 * keeps the business open for a {@link #GRACE} from the first report of the failure ({@code graceEndsAt}), and then
 * suspends it.
 */
public record Subscription(String tenantId, String subscriptionId, String customerId, BillingStatus status,
                           PlanCode plan, Instant currentPeriodEnd, Instant trialEnd, boolean cancelAtPeriodEnd,
                           Instant stateAt, Instant graceEndsAt) {
    /** How long a business whose payment failed keeps taking bookings while the payment is retried. */
    public static final Duration GRACE = Duration.ofDays(7);

    public Subscription {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(stateAt, "stateAt");
        if (status != BillingStatus.PAST_DUE) {
            graceEndsAt = null;
        } else if (graceEndsAt == null) {
            graceEndsAt = stateAt.plus(GRACE);
        }
    }

    /** A state without a grace of its own yet: a PAST_DUE one's grace runs from {@code stateAt}. */
    public Subscription(String tenantId, String subscriptionId, String customerId, BillingStatus status,
                        PlanCode plan, Instant currentPeriodEnd, Instant trialEnd, boolean cancelAtPeriodEnd,
                        Instant stateAt) {
        this(tenantId, subscriptionId, customerId, status, plan, currentPeriodEnd, trialEnd, cancelAtPeriodEnd,
                stateAt, null);
    }

    /**
     * This state continuing the grace of {@code stored}: a payment still failing keeps the grace the first failure
     * started (never a fresh seven days per retry).
     */
    public Subscription continuing(Subscription stored) {
        boolean stillFailing = stored != null && stored.status() == BillingStatus.PAST_DUE
                && status == BillingStatus.PAST_DUE && stored.graceEndsAt() != null
                && stored.graceEndsAt().isBefore(graceEndsAt);
        return stillFailing ? new Subscription(tenantId, subscriptionId, customerId, status, plan, currentPeriodEnd,
                trialEnd, cancelAtPeriodEnd, stateAt, stored.graceEndsAt()) : this;
    }

    /** This subscription in {@code newStatus}, reported at {@code at} (an invoice paid or not). */
    public Subscription reported(BillingStatus newStatus, Instant at) {
        return new Subscription(tenantId, subscriptionId, customerId, newStatus, plan, currentPeriodEnd, trialEnd,
                cancelAtPeriodEnd, at).continuing(this);
    }

    /**
     * The tenant's status under this subscription at {@code now}: as its {@link BillingStatus} says, except that a
     * payment still failing when the grace has ended suspends the business; empty when it should not change.
     */
    public Optional<TenantStatus> tenantStatus(Instant now) {
        if (status == BillingStatus.PAST_DUE && !now.isBefore(graceEndsAt)) {
            return Optional.of(TenantStatus.SUSPENDED);
        }
        return status.tenantStatus();
    }

    /** Whether this state may replace {@code stored}: none stored, or this one is not older. */
    public boolean supersedes(Subscription stored) {
        return stored == null || !stateAt.isBefore(stored.stateAt());
    }
}
