package io.cita.adapters.dynamodb;

import io.cita.application.port.out.ClientErasures;
import io.cita.application.port.out.Deliveries;
import io.cita.application.port.out.FeedbackRequests;
import io.cita.application.port.out.MessageRecipients;
import io.cita.conformance.AbstractClientErasuresContractTest;
import io.cita.conformance.Stores;

/** The client erasure contract against DynamoDB. */
class DynamoClientErasuresContractTest extends AbstractClientErasuresContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }

    @Override
    protected ClientErasures erasures() {
        return DynamoTestStores.context().getBean(DynamoClientErasures.class);
    }

    @Override
    protected Deliveries deliveries() {
        return DynamoTestStores.context().getBean(DynamoDeliveries.class);
    }

    @Override
    protected MessageRecipients recipients() {
        return DynamoTestStores.context().getBean(DynamoMessageRecipients.class);
    }

    @Override
    protected FeedbackRequests feedback() {
        return DynamoTestStores.context().getBean(DynamoFeedbackRequests.class);
    }
}
