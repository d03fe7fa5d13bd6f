package io.cita.adapters.postgres;

import io.cita.conformance.AbstractMessagingContractTest;
import io.cita.conformance.DispatchStores;
import io.cita.conformance.Stores;

/** The messaging contract against PostgreSQL. */
class PostgresMessagingContractTest extends AbstractMessagingContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }

    @Override
    protected DispatchStores dispatchStores() {
        return PostgresTestStores.dispatch();
    }
}
