package io.cita.adapters.postgres;

import io.cita.application.port.out.ClientErasures;
import io.cita.application.port.out.Deliveries;
import io.cita.application.port.out.FeedbackRequests;
import io.cita.application.port.out.MessageRecipients;
import io.cita.conformance.AbstractClientErasuresContractTest;
import io.cita.conformance.Stores;

/** The client erasure contract against PostgreSQL. */
class PostgresClientErasuresContractTest extends AbstractClientErasuresContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }

    @Override
    protected ClientErasures erasures() {
        return PostgresTestStores.context().getBean(PostgresClientErasures.class);
    }

    @Override
    protected Deliveries deliveries() {
        return PostgresTestStores.context().getBean(PostgresDeliveries.class);
    }

    @Override
    protected MessageRecipients recipients() {
        return PostgresTestStores.context().getBean(PostgresMessageRecipients.class);
    }

    @Override
    protected FeedbackRequests feedback() {
        return PostgresTestStores.context().getBean(PostgresFeedbackRequests.class);
    }
}
