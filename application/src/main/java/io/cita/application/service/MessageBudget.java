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
 * the business's own, its credits are the plan's and those a super-admin granted for it, and a spend either fits them
 * whole, in one atomic step, or spends nothing.
 */
public record MessageBudget(UsageCounters usage, Plans plans) {
    /**
     * Spends {@code count} messages at {@code now}; false, spending nothing, when the month's credits (the plan's and
     * those granted) lack them. The granted credits are read only when the plan's do not cover the spend.
     */
    public boolean spend(Tenant tenant, int count, Instant now) {
        Limit credits = PlanLimitPolicy.limitOf(plans.plan(tenant.plan()), LimitKind.MESSAGES_PER_MONTH);
        YearMonth month = month(tenant, now);
        if (usage.spendMessages(tenant.id(), month, count, credits)) {
            return true;
        }
        long granted = credits.isUnlimited() ? 0 : usage.messagesGranted(tenant.id(), month);
        return granted > 0 && usage.spendMessages(tenant.id(), month, count,
                Limit.of((int) Math.min(Integer.MAX_VALUE, credits.bound() + granted)));
    }

    /** Counts {@code count} messages that go out whatever the credits (the one "contact the business" reply). */
    public void count(Tenant tenant, int count, Instant now) {
        usage.addMessages(tenant.id(), month(tenant, now), count);
    }

    private static YearMonth month(Tenant tenant, Instant now) {
        return YearMonth.from(now.atZone(tenant.timezone()));
    }
}
