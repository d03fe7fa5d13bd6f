package io.cita.domain.plan;

import java.util.Optional;

/** The plan rule for creating one more of something: the limit reached, or empty when it fits. */
public final class PlanLimitPolicy {
    private PlanLimitPolicy() {
    }

    public static Optional<LimitKind> check(Plan plan, LimitKind kind, long currentCount) {
        return plan.limits().allowsOneMore(kind, currentCount) ? Optional.empty() : Optional.of(kind);
    }
}
