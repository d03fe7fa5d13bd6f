package io.cita.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Start-up work (tables, TTL, plans) runs under its own generous bound, not the 1.5 s meant for request calls. */
class DynamoStoreStartupTest {

    @Test
    void tablesAreCreatedEvenWhenTheRequestBoundIsFarTooShortForThem() {
        Map<String, Object> properties = freshPrefix(DynamoTestStores.properties(sharedServerPort()));
        properties.put("cita.dynamodb.api-call-timeout", "1ms");

        try (ApplicationContext context = ApplicationContext.run(properties, "dynamodb")) {
            DynamoStore store = context.getBean(DynamoStore.class);

            assertThat(store.client().listTables(request -> request.overrideConfiguration(
                    call -> call.apiCallTimeout(Duration.ofSeconds(30)))).tableNames())
                    .contains(store.table("Bookings"), store.table("Plans"));
            assertThat(store.client().serviceClientConfiguration().overrideConfiguration().apiCallTimeout())
                    .as("request calls keep their own bound").contains(Duration.ofMillis(1));
        }
    }

    @Test
    void startUpWaitsForADynamoDbThatIsStillStarting() throws Exception {
        int port = freePort();
        Map<String, Object> properties = freshPrefix(DynamoTestStores.properties(port));
        CompletableFuture<ApplicationContext> starting =
                CompletableFuture.supplyAsync(() -> ApplicationContext.run(properties, "dynamodb"));
        await("start-up waiting for DynamoDB").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> !starting.isDone());

        DynamoDbLocalServer.start(port);

        try (ApplicationContext context = starting.get(2, TimeUnit.MINUTES)) {
            DynamoStore store = context.getBean(DynamoStore.class);
            assertThat(store.client().listTables().tableNames()).contains(store.table("Bookings"));
        }
    }

    private static int sharedServerPort() {
        String endpoint = DynamoTestStores.context()
                .getProperty("aws.services.dynamodb.endpoint-override", String.class)
                .orElseThrow();
        return Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
    }

    private static Map<String, Object> freshPrefix(Map<String, Object> base) {
        Map<String, Object> properties = new HashMap<>(base);
        properties.put("cita.dynamodb.table-prefix", "startup-" + UUID.randomUUID().toString().substring(0, 8) + "-");
        return properties;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
