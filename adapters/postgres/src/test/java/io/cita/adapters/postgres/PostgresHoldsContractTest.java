package io.cita.adapters.postgres;

import io.cita.conformance.AbstractHoldsContractTest;
import io.cita.conformance.Stores;

/** The holds contract against PostgreSQL. */
class PostgresHoldsContractTest extends AbstractHoldsContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }
}
