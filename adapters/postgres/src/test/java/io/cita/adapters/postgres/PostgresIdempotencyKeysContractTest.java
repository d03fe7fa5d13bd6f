package io.cita.adapters.postgres;

import io.cita.conformance.AbstractIdempotencyKeysContractTest;
import io.cita.conformance.Stores;

/** The IdempotencyKeys contract against PostgreSQL. */
class PostgresIdempotencyKeysContractTest extends AbstractIdempotencyKeysContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }
}
