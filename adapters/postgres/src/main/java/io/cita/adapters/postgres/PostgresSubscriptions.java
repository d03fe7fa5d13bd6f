package io.cita.adapters.postgres;

import io.cita.application.port.out.Subscriptions;
import io.cita.domain.billing.BillingStatus;
import io.cita.domain.billing.Subscription;
import io.cita.domain.plan.PlanCode;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Subscriptions in seed 001's subscriptions table; an upsert whose update only happens when the state is not older. */
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
                + "state_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id) DO UPDATE SET "
                + "stripe_subscription_id = EXCLUDED.stripe_subscription_id, "
                + "stripe_customer_id = EXCLUDED.stripe_customer_id, status = EXCLUDED.status, "
                + "plan_code = EXCLUDED.plan_code, current_period_end = EXCLUDED.current_period_end, "
                + "trial_end = EXCLUDED.trial_end, cancel_at_period_end = EXCLUDED.cancel_at_period_end, "
                + "state_at = EXCLUDED.state_at WHERE subscriptions.state_at <= EXCLUDED.state_at",
                s.tenantId(), s.subscriptionId(), s.customerId(), s.status().name(), s.plan().name(),
                s.currentPeriodEnd(), s.trialEnd(), s.cancelAtPeriodEnd(), s.stateAt()) == 1);
    }

    @Override
    public Optional<Subscription> find(String tenantId) {
        return tx.read(c -> Sql.one(c, rs -> new Subscription(rs.getString("tenant_id"),
                rs.getString("stripe_subscription_id"), rs.getString("stripe_customer_id"),
                BillingStatus.valueOf(rs.getString("status")), PlanCode.valueOf(rs.getString("plan_code")),
                Sql.instant(rs, "current_period_end"), Sql.instant(rs, "trial_end"),
                rs.getBoolean("cancel_at_period_end"), Sql.instant(rs, "state_at")),
                "SELECT * FROM subscriptions WHERE tenant_id = ?", tenantId));
    }
}
