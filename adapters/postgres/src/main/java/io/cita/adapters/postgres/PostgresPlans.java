package io.cita.adapters.postgres;

import io.cita.application.port.out.Plans;
import io.cita.domain.plan.Plan;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.plan.PlanLimits;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Plans as data in subscription_plans, seeded with the defaults by migration V003. */
@Singleton
@Requires(env = "postgres")
public class PostgresPlans implements Plans {
    private final PostgresTransactions tx;

    public PostgresPlans(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Plan plan(PlanCode code) {
        return tx.read(c -> Sql.one(c, rs -> new Plan(code, new PlanLimits(rs.getInt("max_services"),
                        rs.getInt("max_resources"), rs.getInt("max_staff_users"), rs.getInt("max_appointments_per_month"),
                        rs.getInt("max_messages_per_month"), rs.getInt("max_requests_per_minute"),
                        rs.getInt("max_voice_minutes_per_month"))),
                "SELECT * FROM subscription_plans WHERE code = ?", code.name()))
                .orElseThrow(() -> new IllegalStateException("plan " + code + " missing from subscription_plans"));
    }
}
