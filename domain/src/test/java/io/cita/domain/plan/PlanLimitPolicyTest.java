package io.cita.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plan rule every service asks: the default plans' limits as values, and the refusal at a count. */
class PlanLimitPolicyTest {

    @Test
    void theDefaultPlansCarryTheLimitsOfTheSeeds() {
        assertThat(DefaultPlans.of(PlanCode.FREE).limits()).isEqualTo(new PlanLimits(3, 2, 1, 50, 50, 100, 0));
        assertThat(DefaultPlans.of(PlanCode.STARTER).limits()).isEqualTo(new PlanLimits(5, 3, 2, 100, 500, 300, 100));
        assertThat(DefaultPlans.of(PlanCode.PROFESSIONAL).limits()).isEqualTo(new PlanLimits(15, 10, 5, 500, 2000, 1000,
                500));
        assertThat(DefaultPlans.of(PlanCode.ENTERPRISE).limits()).isEqualTo(new PlanLimits(-1, -1, -1, -1, -1, 5000, -1));
    }

    @Test
    void oneMoreFitsBelowTheLimit_neverAtIt_alwaysWhenUnlimited() {
        Plan free = DefaultPlans.of(PlanCode.FREE);
        assertThat(PlanLimitPolicy.check(free, LimitKind.SERVICES, 2)).isEmpty();
        assertThat(PlanLimitPolicy.check(free, LimitKind.SERVICES, 3)).contains(LimitKind.SERVICES);
        assertThat(PlanLimitPolicy.check(free, LimitKind.BOOKINGS_PER_MONTH, 50)).contains(LimitKind.BOOKINGS_PER_MONTH);
        assertThat(PlanLimitPolicy.check(DefaultPlans.of(PlanCode.ENTERPRISE), LimitKind.SERVICES, 1_000_000)).isEmpty();
    }

    @Test
    void theLimitOfAKindIsThePlansNumberAsAValue() {
        assertThat(PlanLimitPolicy.limitOf(DefaultPlans.of(PlanCode.FREE), LimitKind.STAFF_USERS)).isEqualTo(Limit.of(1));
        assertThat(PlanLimitPolicy.limitOf(DefaultPlans.of(PlanCode.ENTERPRISE), LimitKind.BOOKINGS_PER_MONTH))
                .isEqualTo(Limit.unlimited());
        assertThat(PlanLimitPolicy.limitOf(DefaultPlans.of(PlanCode.STARTER), LimitKind.MESSAGES_PER_MONTH).bound())
                .isEqualTo(500);
    }
}
