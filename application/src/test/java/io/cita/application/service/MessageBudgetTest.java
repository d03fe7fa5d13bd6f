package io.cita.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.Plans;
import io.cita.application.port.out.UsageCounters;
import io.cita.domain.plan.Limit;
import io.cita.domain.plan.Plan;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.plan.PlanLimits;
import io.cita.domain.tenant.BusinessType;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Slug;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The month's message credits are the plan's and those a super-admin granted: a spend fits them whole or spends
 * nothing, and the granted credits are read only when the plan's do not cover a spend.
 */
class MessageBudgetTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private final CountingPorts ports = new CountingPorts();
    private final AtomicLong spent = new AtomicLong();
    private final AtomicLong granted = new AtomicLong();

    private MessageBudget budget(int planCredits) {
        Plans plans = ports.port(Plans.class, Map.of("plan", args -> new Plan((PlanCode) args[0],
                new PlanLimits(3, 2, 1, 50, planCredits, 100, 0))));
        UsageCounters usage = ports.port(UsageCounters.class, Map.of(
                "spendMessages", args -> {
                    Limit credits = (Limit) args[3];
                    int count = (Integer) args[2];
                    if (!credits.allows(spent.get(), count)) {
                        return false;
                    }
                    spent.addAndGet(count);
                    return true;
                },
                "messagesGranted", args -> granted.get()));
        return new MessageBudget(usage, plans);
    }

    private static Tenant tenant() {
        return new Tenant("ten_1", new Slug("salon"), "Salon", BusinessType.SALON, ZoneId.of("Europe/Madrid"), "ES",
                "EUR", Language.ES, PlanCode.FREE, TenantStatus.ACTIVE, Map.of(), NOW);
    }

    @Test
    void grantedCreditsAddToThePlans_andAreReadOnlyWhenThePlansRunOut() {
        MessageBudget budget = budget(2);
        assertThat(budget.spend(tenant(), 2, NOW)).isTrue();
        assertThat(ports.calls("UsageCounters.messagesGranted")).isZero();
        assertThat(budget.spend(tenant(), 1, NOW)).as("the plan's spent, nothing granted").isFalse();

        granted.set(3);
        assertThat(budget.spend(tenant(), 3, NOW)).isTrue();
        assertThat(budget.spend(tenant(), 1, NOW)).as("the granted ones spent too").isFalse();
        assertThat(spent.get()).isEqualTo(5);
    }

    @Test
    void anUnlimitedPlanNeverReadsGrants() {
        MessageBudget budget = budget(-1);
        assertThat(budget.spend(tenant(), 1000, NOW)).isTrue();
        assertThat(ports.calls("UsageCounters.messagesGranted")).isZero();
    }
}
