package io.cita.adapters.dynamodb;

import io.cita.conformance.AbstractDispatchContractTest;
import io.cita.conformance.DispatchStores;
import io.cita.conformance.Stores;

/** The dispatcher on DynamoDB Local. */
class DynamoDispatchContractTest extends AbstractDispatchContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }

    @Override
    protected DispatchStores dispatchStores() {
        return DynamoTestStores.dispatch();
    }
}
