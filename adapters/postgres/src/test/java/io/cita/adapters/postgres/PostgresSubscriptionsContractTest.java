package io.cita.adapters.postgres;

import io.cita.application.port.out.Subscriptions;
import io.cita.conformance.AbstractSubscriptionsContractTest;
import io.cita.conformance.Stores;

/** The subscriptions contract against PostgreSQL. */
class PostgresSubscriptionsContractTest extends AbstractSubscriptionsContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }

    @Override
    protected Subscriptions subscriptions() {
        return PostgresTestStores.context().getBean(PostgresSubscriptions.class);
    }
}
