package io.cita.adapters.dynamodb;

import io.cita.conformance.AbstractTenantsContractTest;
import io.cita.conformance.Stores;

/** The Tenants contract against DynamoDB Local. */
class DynamoTenantsContractTest extends AbstractTenantsContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }
}
