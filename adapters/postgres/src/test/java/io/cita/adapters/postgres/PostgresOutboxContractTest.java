package io.cita.adapters.postgres;

import io.cita.conformance.AbstractOutboxContractTest;
import io.cita.conformance.DispatchStores;
import io.cita.conformance.Stores;

/** The outbox contract against PostgreSQL. */
class PostgresOutboxContractTest extends AbstractOutboxContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }

    @Override
    protected DispatchStores dispatchStores() {
        return PostgresTestStores.dispatch();
    }
}
