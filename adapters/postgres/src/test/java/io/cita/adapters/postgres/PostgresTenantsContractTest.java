package io.cita.adapters.postgres;

import io.cita.conformance.AbstractTenantsContractTest;
import io.cita.conformance.Stores;

/** The Tenants contract against PostgreSQL. */
class PostgresTenantsContractTest extends AbstractTenantsContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }
}
