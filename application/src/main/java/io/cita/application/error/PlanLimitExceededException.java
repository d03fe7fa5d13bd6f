package io.cita.application.error;

import io.cita.domain.plan.Limit;
import io.cita.domain.plan.LimitKind;
import io.cita.domain.plan.PlanCode;

/**
 * Creating something would exceed the tenant's plan: which limit, the plan, and how many it allows. After a
 * downgrade this is how a business learns which of its new plan's limits it is above: what it has stays.
 */
public class PlanLimitExceededException extends RuntimeException {
    private final LimitKind limit;
    private final PlanCode plan;
    private final Limit allowed;

    public PlanLimitExceededException(LimitKind limit, PlanCode plan, Limit allowed) {
        super("Plan limit reached: " + limit);
        this.limit = limit;
        this.plan = plan;
        this.allowed = allowed;
    }

    public LimitKind limit() {
        return limit;
    }

    public PlanCode plan() {
        return plan;
    }

    /** How many the plan allows (never unlimited: an unlimited limit is never exceeded). */
    public int allowed() {
        return allowed.toStored();
    }
}
