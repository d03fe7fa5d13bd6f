package io.cita.adapters.dynamodb;

import io.cita.conformance.AbstractMessagingContractTest;
import io.cita.conformance.DispatchStores;
import io.cita.conformance.Stores;

/** The messaging contract against DynamoDB Local. */
class DynamoMessagingContractTest extends AbstractMessagingContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }

    @Override
    protected DispatchStores dispatchStores() {
        return DynamoTestStores.dispatch();
    }
}
