package io.cita.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The adapter's DynamoDB client gives up on a call, retries included, after the configured 1.5 seconds. */
class DynamoClientTimeoutsTest {

    @Test
    void everyCallIsBoundedToTheApiCallTimeout() {
        DynamoStore store = DynamoTestStores.context().getBean(DynamoStore.class);

        assertThat(store.client().serviceClientConfiguration().overrideConfiguration().apiCallTimeout())
                .contains(Duration.ofMillis(1500));
    }
}
