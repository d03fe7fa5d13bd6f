package io.cita.application.service;

import io.cita.application.port.out.Plans;
import io.cita.application.port.out.UsageCounters;
import io.cita.domain.plan.Limit;
import io.cita.domain.plan.LimitKind;
import io.cita.domain.plan.PlanLimitPolicy;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.time.YearMonth;

/**
 * The one policy for a business's monthly message credits (chat turns, SMS, WhatsApp notifications): the month is
 * the business's own, and a spend either fits the plan whole, in one atomic step, or spends nothing.
 */
public record MessageBudget(UsageCounters usage, Plans plans) {
    /** Spends {@code count} messages at {@code now}; false, spending nothing, when the month's credits lack them. */
    public boolean spend(Tenant tenant, int count, Instant now) {
        Limit credits = PlanLimitPolicy.limitOf(plans.plan(tenant.plan()), LimitKind.MESSAGES_PER_MONTH);
        return usage.spendMessages(tenant.id(), month(tenant, now), count, credits);
    }

    /** Counts {@code count} messages that go out whatever the credits (the one "contact the business" reply). */
    public void count(Tenant tenant, int count, Instant now) {
        usage.addMessages(tenant.id(), month(tenant, now), count);
    }

    private static YearMonth month(Tenant tenant, Instant now) {
        return YearMonth.from(now.atZone(tenant.timezone()));
    }
}
