package io.cita.adapters.dynamodb;

import io.cita.conformance.AbstractClientsContractTest;
import io.cita.conformance.Stores;

/** The Clients contract against DynamoDB Local. */
class DynamoClientsContractTest extends AbstractClientsContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }
}
