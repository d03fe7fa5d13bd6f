package io.cita.adapters.postgres;

import io.cita.conformance.AbstractPlanLimitsContractTest;
import io.cita.conformance.Stores;

/** The plan-limits contract against PostgreSQL. */
class PostgresPlanLimitsContractTest extends AbstractPlanLimitsContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }
}
