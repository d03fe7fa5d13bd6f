package io.cita.adapters.postgres;

import io.cita.conformance.AbstractClientsContractTest;
import io.cita.conformance.Stores;

/** The Clients contract against PostgreSQL. */
class PostgresClientsContractTest extends AbstractClientsContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }
}
