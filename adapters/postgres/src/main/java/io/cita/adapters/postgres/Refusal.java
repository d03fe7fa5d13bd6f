package io.cita.adapters.postgres;

import io.cita.application.port.out.StoreOutcome;

/** Thrown inside a transaction to roll it back and report a domain outcome instead of an error. */
final class Refusal extends RuntimeException {
    private final StoreOutcome outcome;

    Refusal(StoreOutcome outcome) {
        super(outcome.name(), null, false, false);
        this.outcome = outcome;
    }

    StoreOutcome outcome() {
        return outcome;
    }
}
