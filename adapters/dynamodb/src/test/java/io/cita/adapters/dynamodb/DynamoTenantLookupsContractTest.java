package io.cita.adapters.dynamodb;

import io.cita.conformance.AbstractTenantLookupsContractTest;
import io.cita.conformance.Stores;

/** The tenant-lookups contract against DynamoDB Local. */
class DynamoTenantLookupsContractTest extends AbstractTenantLookupsContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }
}
