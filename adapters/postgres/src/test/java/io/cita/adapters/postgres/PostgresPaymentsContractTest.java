package io.cita.adapters.postgres;

import io.cita.application.port.out.Payments;
import io.cita.conformance.AbstractPaymentsContractTest;
import io.cita.conformance.Stores;

/** The payments contract against PostgreSQL. */
class PostgresPaymentsContractTest extends AbstractPaymentsContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }

    @Override
    protected Payments payments() {
        return PostgresTestStores.context().getBean(PostgresPayments.class);
    }
}
