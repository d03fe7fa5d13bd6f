package io.cita.adapters.dynamodb;

import io.cita.conformance.AbstractChatContractTest;
import io.cita.conformance.Stores;

/** The chat contract against Dynamo. */
class DynamoChatContractTest extends AbstractChatContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }
}
