package io.cita.adapters.dynamodb;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import io.cita.conformance.Stores;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** One in-memory DynamoDB Local server and one Micronaut context with the adapter's beans, shared by every suite. */
final class DynamoTestStores {
    private static Stores stores;
    private static ApplicationContext context;

    private DynamoTestStores() {
    }

    static synchronized Stores get() {
        if (stores == null) {
            start();
        }
        return stores;
    }

    static synchronized ApplicationContext context() {
        get();
        return context;
    }

    private static void start() {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(new String[] {
                    "-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
            server.start();
            context = ApplicationContext.run(Map.of(
                    "aws.services.dynamodb.endpoint-override", "http://localhost:" + port,
                    "aws.region", "eu-west-1",
                    "aws.access-key-id", "local",
                    "aws.secret-key", "local",
                    "cita.dynamodb.table-prefix", "test-"), "dynamodb");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                context.close();
                try {
                    server.stop();
                } catch (Exception ignored) {
                    // the JVM is exiting and the server keeps nothing on disk
                }
            }));
            stores = new Stores(context.getBean(DynamoTenants.class), context.getBean(DynamoUsers.class),
                    context.getBean(DynamoPlans.class), context.getBean(DynamoCategories.class),
                    context.getBean(DynamoCatalogServices.class), context.getBean(DynamoResources.class),
                    context.getBean(DynamoSchedules.class), context.getBean(DynamoClients.class),
                    context.getBean(DynamoBookings.class), context.getBean(DynamoHolds.class),
                    context.getBean(DynamoIdempotencyKeys.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not start DynamoDB Local", e);
        }
    }
}
