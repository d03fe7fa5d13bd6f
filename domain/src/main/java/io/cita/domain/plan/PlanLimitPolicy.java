package io.cita.domain.plan;

import java.util.Optional;

/**
 * The one place that says how much of something a plan allows: the {@link Limit} a store enforces atomically when it
 * creates or counts one more, and the refusal for a count already known.
 */
public final class PlanLimitPolicy {
    private PlanLimitPolicy() {
    }

    /** The limit of {@code kind} on {@code plan}, for a store to enforce in the same atomic step as its write. */
    public static Limit limitOf(Plan plan, LimitKind kind) {
        return Limit.fromStored(plan.limits().stored(kind));
    }

    /** The limit reached when one more of {@code kind} is asked for with {@code used} taken, or empty when it fits. */
    public static Optional<LimitKind> check(Plan plan, LimitKind kind, long used) {
        return limitOf(plan, kind).allowsOneMore(used) ? Optional.empty() : Optional.of(kind);
    }
}
