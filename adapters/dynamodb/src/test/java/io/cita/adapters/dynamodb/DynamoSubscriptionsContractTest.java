package io.cita.adapters.dynamodb;

import io.cita.application.port.out.Subscriptions;
import io.cita.conformance.AbstractSubscriptionsContractTest;
import io.cita.conformance.Stores;

/** The subscriptions contract against DynamoDB. */
class DynamoSubscriptionsContractTest extends AbstractSubscriptionsContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }

    @Override
    protected Subscriptions subscriptions() {
        return DynamoTestStores.context().getBean(DynamoSubscriptions.class);
    }
}
