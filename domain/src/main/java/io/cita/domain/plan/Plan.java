package io.cita.domain.plan;

import java.util.Objects;

/** A plan as data: its code and its limits. */
public record Plan(PlanCode code, PlanLimits limits) {
    public Plan {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(limits, "limits");
    }
}
