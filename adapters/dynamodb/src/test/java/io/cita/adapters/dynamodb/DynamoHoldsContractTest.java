package io.cita.adapters.dynamodb;

import io.cita.conformance.AbstractHoldsContractTest;
import io.cita.conformance.Stores;

/** The holds contract against DynamoDB Local. */
class DynamoHoldsContractTest extends AbstractHoldsContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }
}
