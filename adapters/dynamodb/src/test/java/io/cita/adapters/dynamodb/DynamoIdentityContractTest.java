package io.cita.adapters.dynamodb;

import io.cita.conformance.AbstractIdentityContractTest;
import io.cita.conformance.Stores;

/** The identity contract against Dynamo. */
class DynamoIdentityContractTest extends AbstractIdentityContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }
}
