package io.cita.adapters.dynamodb;

import io.cita.conformance.AbstractHoldExpiryContractTest;
import io.cita.conformance.DispatchStores;
import io.cita.conformance.Stores;

/** The hold sweep's contract against DynamoDB Local. */
class DynamoHoldExpiryContractTest extends AbstractHoldExpiryContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }

    @Override
    protected DispatchStores dispatchStores() {
        return DynamoTestStores.dispatch();
    }
}
