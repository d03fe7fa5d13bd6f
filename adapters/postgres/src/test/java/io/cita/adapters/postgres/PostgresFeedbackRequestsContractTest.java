package io.cita.adapters.postgres;

import io.cita.application.port.out.FeedbackRequests;
import io.cita.conformance.AbstractFeedbackRequestsContractTest;
import io.cita.conformance.Stores;

/** The feedback requests contract against PostgreSQL. */
class PostgresFeedbackRequestsContractTest extends AbstractFeedbackRequestsContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }

    @Override
    protected FeedbackRequests feedback() {
        return PostgresTestStores.context().getBean(PostgresFeedbackRequests.class);
    }
}
