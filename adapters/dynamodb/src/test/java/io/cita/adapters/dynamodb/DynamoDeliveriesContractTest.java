package io.cita.adapters.dynamodb;

import io.cita.conformance.AbstractDeliveriesContractTest;
import io.cita.conformance.DispatchStores;
import io.cita.conformance.Stores;

/** The deliveries contract against DynamoDB Local. */
class DynamoDeliveriesContractTest extends AbstractDeliveriesContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }

    @Override
    protected DispatchStores dispatchStores() {
        return DynamoTestStores.dispatch();
    }
}
