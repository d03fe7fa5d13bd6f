package io.cita.application.error;

import io.cita.domain.plan.LimitKind;

/** Creating something would exceed the tenant's plan. */
public class PlanLimitExceededException extends RuntimeException {
    private final LimitKind limit;

    public PlanLimitExceededException(LimitKind limit) {
        super("Plan limit reached: " + limit);
        this.limit = limit;
    }

    public LimitKind limit() {
        return limit;
    }
}
