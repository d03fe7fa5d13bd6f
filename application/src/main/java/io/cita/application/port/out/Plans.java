package io.cita.application.port.out;

import io.cita.domain.plan.Plan;
import io.cita.domain.plan.PlanCode;

/** Outgoing port for plans as data (their limits may differ from the defaults in a deployment). */
public interface Plans {
    Plan plan(PlanCode code);
}
