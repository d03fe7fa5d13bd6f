package io.cita.adapters.postgres;

import io.cita.conformance.AbstractTenantLookupsContractTest;
import io.cita.conformance.Stores;

/** The tenant-lookups contract against PostgreSQL. */
class PostgresTenantLookupsContractTest extends AbstractTenantLookupsContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }
}
