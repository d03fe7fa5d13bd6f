package io.cita.adapters.postgres;

import io.cita.conformance.AbstractCatalogContractTest;
import io.cita.conformance.Stores;

/** The Catalog contract against PostgreSQL. */
class PostgresCatalogContractTest extends AbstractCatalogContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }
}
