package io.cita.adapters.dynamodb;

import io.cita.conformance.AbstractCatalogContractTest;
import io.cita.conformance.Stores;

/** The Catalog contract against DynamoDB Local. */
class DynamoCatalogContractTest extends AbstractCatalogContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }
}
