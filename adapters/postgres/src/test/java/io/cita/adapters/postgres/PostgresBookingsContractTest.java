package io.cita.adapters.postgres;

import io.cita.conformance.AbstractBookingsContractTest;
import io.cita.conformance.Stores;

/** The Bookings contract against PostgreSQL. */
class PostgresBookingsContractTest extends AbstractBookingsContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }
}
