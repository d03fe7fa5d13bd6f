package io.cita.domain.plan;

import java.util.EnumMap;
import java.util.Map;

/** The default limits of each plan, from seeds 001 and 003. */
public final class DefaultPlans {
    private static final int U = PlanLimits.UNLIMITED;
    private static final Map<PlanCode, Plan> PLANS = new EnumMap<>(PlanCode.class);

    static {
        PLANS.put(PlanCode.FREE, new Plan(PlanCode.FREE, new PlanLimits(3, 2, 1, 50, 50, 100, 0)));
        PLANS.put(PlanCode.STARTER, new Plan(PlanCode.STARTER, new PlanLimits(5, 3, 2, 100, 500, 300, 100)));
        PLANS.put(PlanCode.PROFESSIONAL, new Plan(PlanCode.PROFESSIONAL, new PlanLimits(15, 10, 5, 500, 2000, 1000, 500)));
        PLANS.put(PlanCode.ENTERPRISE, new Plan(PlanCode.ENTERPRISE, new PlanLimits(U, U, U, U, U, 5000, U)));
    }

    private DefaultPlans() {
    }

    public static Plan of(PlanCode code) {
        return PLANS.get(code);
    }
}
