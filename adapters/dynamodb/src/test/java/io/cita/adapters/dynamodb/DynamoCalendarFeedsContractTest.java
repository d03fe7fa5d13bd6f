package io.cita.adapters.dynamodb;

import io.cita.application.port.out.CalendarFeeds;
import io.cita.conformance.AbstractCalendarFeedsContractTest;
import io.cita.conformance.Stores;

/** The calendar feeds contract against DynamoDB Local. */
class DynamoCalendarFeedsContractTest extends AbstractCalendarFeedsContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }

    @Override
    protected CalendarFeeds feeds() {
        return DynamoTestStores.context().getBean(DynamoCalendarFeeds.class);
    }
}
