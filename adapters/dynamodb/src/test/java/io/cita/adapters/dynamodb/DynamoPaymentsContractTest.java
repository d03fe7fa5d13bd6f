package io.cita.adapters.dynamodb;

import io.cita.application.port.out.Payments;
import io.cita.conformance.AbstractPaymentsContractTest;
import io.cita.conformance.Stores;

/** The payments contract against DynamoDB. */
class DynamoPaymentsContractTest extends AbstractPaymentsContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }

    @Override
    protected Payments payments() {
        return DynamoTestStores.context().getBean(DynamoPayments.class);
    }
}
