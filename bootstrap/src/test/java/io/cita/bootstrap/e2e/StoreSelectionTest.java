package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.adapters.dynamodb.DynamoStore;
import io.cita.application.port.out.Bookings;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The Micronaut environment picks the store, and the other store's machinery is not started at all. */
class StoreSelectionTest {

    @Test
    void onDynamoDbNoDataSourceOrFlywayExists() {
        var context = BootedService.context(Store.DYNAMODB);
        assertThat(context.findBean(DataSource.class)).isEmpty();
        assertThat(context.findBean(Flyway.class)).isEmpty();
        assertThat(context.getBean(Bookings.class).getClass().getSimpleName()).isEqualTo("DynamoBookings");
    }

    @Test
    void onPostgresNoDynamoDbStoreIsCreated() {
        var context = BootedService.context(Store.POSTGRES);
        assertThat(context.findBean(DataSource.class)).isPresent();
        assertThat(context.getBean(Bookings.class).getClass().getSimpleName()).isEqualTo("PostgresBookings");
        assertThat(context.findBean(DynamoStore.class)).isEmpty();
    }
}
