package io.cita.adapters.postgres;

import io.cita.application.port.out.CalendarFeeds;
import io.cita.conformance.AbstractCalendarFeedsContractTest;
import io.cita.conformance.Stores;

/** The calendar feeds contract against PostgreSQL. */
class PostgresCalendarFeedsContractTest extends AbstractCalendarFeedsContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }

    @Override
    protected CalendarFeeds feeds() {
        return PostgresTestStores.context().getBean(PostgresCalendarFeeds.class);
    }
}
