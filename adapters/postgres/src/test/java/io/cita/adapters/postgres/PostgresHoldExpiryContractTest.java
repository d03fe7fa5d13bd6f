package io.cita.adapters.postgres;

import io.cita.conformance.AbstractHoldExpiryContractTest;
import io.cita.conformance.DispatchStores;
import io.cita.conformance.Stores;

/** The hold sweep's contract against PostgreSQL. */
class PostgresHoldExpiryContractTest extends AbstractHoldExpiryContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }

    @Override
    protected DispatchStores dispatchStores() {
        return PostgresTestStores.dispatch();
    }
}
