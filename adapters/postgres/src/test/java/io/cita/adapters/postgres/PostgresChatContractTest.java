package io.cita.adapters.postgres;

import io.cita.conformance.AbstractChatContractTest;
import io.cita.conformance.Stores;

/** The chat contract against Postgres. */
class PostgresChatContractTest extends AbstractChatContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }
}
