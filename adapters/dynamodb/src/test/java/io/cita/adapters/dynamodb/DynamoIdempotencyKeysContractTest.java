package io.cita.adapters.dynamodb;

import io.cita.conformance.AbstractIdempotencyKeysContractTest;
import io.cita.conformance.Stores;

/** The IdempotencyKeys contract against DynamoDB Local. */
class DynamoIdempotencyKeysContractTest extends AbstractIdempotencyKeysContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }
}
