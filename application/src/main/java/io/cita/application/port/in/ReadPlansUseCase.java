package io.cita.application.port.in;

import io.cita.domain.billing.PlanAmount;
import io.cita.domain.plan.Plan;
import java.util.List;

/** The plans anyone may read before signing up: each one's limits, what it costs, and whether it is sold here. */
public interface ReadPlansUseCase {
    List<PlanOffer> plans();

    /** A plan, its amounts per currency and interval, and whether a checkout can sell it (it has a price id). */
    record PlanOffer(Plan plan, List<PlanAmount> amounts, boolean sold) {
    }
}
