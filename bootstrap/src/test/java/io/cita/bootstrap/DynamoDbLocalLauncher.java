package io.cita.bootstrap;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;

/**
 * Starts an in-memory DynamoDB Local (from the Maven registry, telemetry off) and Cita on it, with the demo tenant.
 * Test-scoped, so DynamoDB Local never reaches the production jar: run it with the README's command.
 */
public final class DynamoDbLocalLauncher {
    private DynamoDbLocalLauncher() {
    }

    public static void main(String[] args) throws Exception {
        String port = System.getProperty("dynamodb.port", "8000");
        DynamoDBProxyServer dynamoDb = ServerRunner.createServerFromCommandLineArgs(new String[] {
                "-inMemory", "-port", port, "-disableTelemetry"});
        dynamoDb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dynamoDb.stop();
            } catch (Exception ignored) {
                // shutting down; the in-memory data goes with the process
            }
        }));
        System.setProperty("micronaut.environments", "dynamodb");
        System.setProperty("aws.services.dynamodb.endpoint-override", "http://localhost:" + port);
        System.setProperty("cita.demo.seed", "true");
        CitaApplication.main(args);
    }
}
