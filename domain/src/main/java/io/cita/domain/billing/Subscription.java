package io.cita.domain.billing;

import io.cita.domain.plan.PlanCode;
import java.time.Instant;
import java.util.Objects;

/**
 * A tenant's paid subscription as Stripe last told it (seed 001's subscriptions): its Stripe ids, status, plan, period
 * and trial ends, whether it ends at the period's end, and when Stripe said so ({@code stateAt}, the event's creation
 * time), which orders the changes: an older state never replaces a newer one.
 */
public record Subscription(String tenantId, String subscriptionId, String customerId, BillingStatus status,
                           PlanCode plan, Instant currentPeriodEnd, Instant trialEnd, boolean cancelAtPeriodEnd,
                           Instant stateAt) {
    public Subscription {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(stateAt, "stateAt");
    }

    /** Whether this state may replace {@code stored}: none stored, or this one is not older. */
    public boolean supersedes(Subscription stored) {
        return stored == null || !stateAt.isBefore(stored.stateAt());
    }
}
