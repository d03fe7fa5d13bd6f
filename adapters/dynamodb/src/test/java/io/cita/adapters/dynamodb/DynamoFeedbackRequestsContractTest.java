package io.cita.adapters.dynamodb;

import io.cita.application.port.out.FeedbackRequests;
import io.cita.conformance.AbstractFeedbackRequestsContractTest;
import io.cita.conformance.Stores;

/** The feedback requests contract against DynamoDB. */
class DynamoFeedbackRequestsContractTest extends AbstractFeedbackRequestsContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }

    @Override
    protected FeedbackRequests feedback() {
        return DynamoTestStores.context().getBean(DynamoFeedbackRequests.class);
    }
}
