package io.cita.adapters.postgres;

import io.cita.application.port.out.StoreOutcome;
import java.sql.Connection;

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

    /**
     * Runs the queued steps in one round trip; the refusals the database raises become Refusals: an exclusion
     * violation of the occupation rows, SLOT_TAKEN; count_booking's limit error (SQLSTATE CT001), LIMIT_REACHED; a
     * booking reference the tenant already has, REFERENCE_TAKEN.
     */
    static int[] runOrRefuse(Connection c, Pipeline steps) {
        try {
            return steps.run(c);
        } catch (StoreException e) {
            if (e.isExclusionViolation()) {
                throw new Refusal(StoreOutcome.SLOT_TAKEN);
            }
            if (StoreException.BOOKING_LIMIT_REACHED.equals(e.sqlState())) {
                throw new Refusal(StoreOutcome.LIMIT_REACHED);
            }
            if (e.isUniqueViolationOf("appointments_reference_unique_per_tenant")) {
                throw new Refusal(StoreOutcome.REFERENCE_TAKEN);
            }
            throw e;
        }
    }
}
