package io.cita.adapters.postgres;

import io.cita.conformance.AbstractDispatchContractTest;
import io.cita.conformance.DispatchStores;
import io.cita.conformance.Stores;

/** The dispatcher on PostgreSQL. */
class PostgresDispatchContractTest extends AbstractDispatchContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }

    @Override
    protected DispatchStores dispatchStores() {
        return PostgresTestStores.dispatch();
    }
}
