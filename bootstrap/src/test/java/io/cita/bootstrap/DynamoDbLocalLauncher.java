package io.cita.bootstrap;

import io.cita.adapters.dynamodb.DynamoDbLocalServer;

/**
 * Starts an in-memory DynamoDB Local (from the Maven registry, telemetry off) and Cita on it, with the demo tenant.
 * Test-scoped, so DynamoDB Local never reaches the production jar: run it with the README's command.
 */
public final class DynamoDbLocalLauncher {
    private DynamoDbLocalLauncher() {
    }

    public static void main(String[] args) {
        int port = DynamoDbLocalServer.start(Integer.getInteger("dynamodb.port", 8000));
        System.setProperty("micronaut.environments", "dynamodb");
        System.setProperty("aws.services.dynamodb.endpoint-override", "http://localhost:" + port);
        System.setProperty("cita.demo.seed", "true");
        CitaApplication.main(args);
    }
}
