package io.cita.adapters.postgres;

import io.cita.conformance.AbstractIdentityContractTest;
import io.cita.conformance.Stores;

/** The identity contract against Postgres. */
class PostgresIdentityContractTest extends AbstractIdentityContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }
}
