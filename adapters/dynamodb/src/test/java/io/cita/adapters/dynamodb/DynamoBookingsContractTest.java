package io.cita.adapters.dynamodb;

import io.cita.conformance.AbstractBookingsContractTest;
import io.cita.conformance.Stores;

/** The Bookings contract against DynamoDB Local. */
class DynamoBookingsContractTest extends AbstractBookingsContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }
}
