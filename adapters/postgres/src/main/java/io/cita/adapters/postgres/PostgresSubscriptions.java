package io.cita.adapters.postgres;

import io.cita.application.port.out.Subscriptions;
import io.cita.domain.billing.BillingStatus;
import io.cita.domain.billing.Subscription;
import io.cita.domain.plan.PlanCode;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Subscriptions in seed 001's subscriptions table; an upsert whose update only happens when the state is not older.
 * Ended graces are claimed with FOR UPDATE SKIP LOCKED and a lease.
 */
@Singleton
@Requires(env = "postgres")
public class PostgresSubscriptions implements Subscriptions {
    private final PostgresTransactions tx;

    public PostgresSubscriptions(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean save(Subscription s) {
        return tx.write(c -> Sql.update(c, "INSERT INTO subscriptions (tenant_id, stripe_subscription_id, "
                + "stripe_customer_id, status, plan_code, current_period_end, trial_end, cancel_at_period_end, "
                + "state_at, grace_ends_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (tenant_id) DO UPDATE SET "
                + "stripe_subscription_id = EXCLUDED.stripe_subscription_id, "
                + "stripe_customer_id = EXCLUDED.stripe_customer_id, status = EXCLUDED.status, "
                + "plan_code = EXCLUDED.plan_code, current_period_end = EXCLUDED.current_period_end, "
                + "trial_end = EXCLUDED.trial_end, cancel_at_period_end = EXCLUDED.cancel_at_period_end, "
                + "state_at = EXCLUDED.state_at, grace_ends_at = EXCLUDED.grace_ends_at, grace_applied = FALSE "
                + "WHERE subscriptions.state_at <= EXCLUDED.state_at",
                s.tenantId(), s.subscriptionId(), s.customerId(), s.status().name(), s.plan().name(),
                s.currentPeriodEnd(), s.trialEnd(), s.cancelAtPeriodEnd(), s.stateAt(), s.graceEndsAt()) == 1);
    }

    @Override
    public Optional<Subscription> find(String tenantId) {
        return tx.read(c -> Sql.one(c, PostgresSubscriptions::row,
                "SELECT * FROM subscriptions WHERE tenant_id = ?", tenantId));
    }

    @Override
    public List<Subscription> claimGraceEnded(String owner, Instant now, Duration lease, int limit) {
        return tx.writeOne(c -> Sql.query(c, PostgresSubscriptions::row,
                "UPDATE subscriptions s SET claimed_by = ?, claim_expires_at = ? WHERE s.tenant_id IN (SELECT "
                        + "tenant_id FROM subscriptions WHERE status = 'PAST_DUE' AND NOT grace_applied "
                        + "AND grace_ends_at <= ? AND (claim_expires_at IS NULL OR claim_expires_at < ?) "
                        + "ORDER BY grace_ends_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING s.*",
                owner, now.plus(lease), now, now, limit));
    }

    @Override
    public void graceApplied(String tenantId, Instant stateAt) {
        tx.write(c -> Sql.update(c, "UPDATE subscriptions SET grace_applied = TRUE, claim_expires_at = NULL "
                + "WHERE tenant_id = ? AND state_at = ?", tenantId, stateAt));
    }

    private static Subscription row(ResultSet rs) throws SQLException {
        return new Subscription(rs.getString("tenant_id"), rs.getString("stripe_subscription_id"),
                rs.getString("stripe_customer_id"), BillingStatus.valueOf(rs.getString("status")),
                PlanCode.valueOf(rs.getString("plan_code")), Sql.instant(rs, "current_period_end"),
                Sql.instant(rs, "trial_end"), rs.getBoolean("cancel_at_period_end"), Sql.instant(rs, "state_at"),
                Sql.instant(rs, "grace_ends_at"));
    }
}
