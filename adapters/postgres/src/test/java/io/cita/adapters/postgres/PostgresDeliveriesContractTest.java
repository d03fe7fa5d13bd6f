package io.cita.adapters.postgres;

import io.cita.conformance.AbstractDeliveriesContractTest;
import io.cita.conformance.DispatchStores;
import io.cita.conformance.Stores;

/** The deliveries contract against PostgreSQL. */
class PostgresDeliveriesContractTest extends AbstractDeliveriesContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }

    @Override
    protected DispatchStores dispatchStores() {
        return PostgresTestStores.dispatch();
    }
}
