package io.cita.adapters.dynamodb;

import io.cita.conformance.AbstractOutboxContractTest;
import io.cita.conformance.DispatchStores;
import io.cita.conformance.Stores;

/** The outbox contract against DynamoDB Local. */
class DynamoOutboxContractTest extends AbstractOutboxContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }

    @Override
    protected DispatchStores dispatchStores() {
        return DynamoTestStores.dispatch();
    }
}
