package io.cita.adapters.dynamodb;

import io.cita.conformance.AbstractPlanLimitsContractTest;
import io.cita.conformance.Stores;

/** The plan-limits contract against DynamoDB Local. */
class DynamoPlanLimitsContractTest extends AbstractPlanLimitsContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }
}
