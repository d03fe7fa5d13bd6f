package io.cita.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * What the service needs when nothing is configured: a JWT secret generated once and kept under the data
 * directory; on PostgreSQL without JDBC_URL, an embedded PostgreSQL there too (which also turns on the demo seed and
 * a demo super-admin unless CITA_ADMIN_EMAIL names one);
 * on DynamoDB, the endpoint from DYNAMODB_ENDPOINT and, for a local one, placeholder credentials.
 */
final class LocalDefaults {
    static final String DEMO_ADMIN_EMAIL = "admin@cita.example";
    static final String DEMO_ADMIN_PASSWORD = "cita-admin-2026";

    private LocalDefaults() {
    }

    /** Applies the defaults; returns the embedded PostgreSQL's start when one is under way (in the background). */
    static Optional<EmbeddedPostgresRuntime.Starting> apply(Map<String, String> environment) {
        Path dataDir = Path.of(environment.getOrDefault("CITA_DATA_DIR", "data")).toAbsolutePath();
        if (blank(environment.get("JWT_SECRET")) && blank(System.getProperty("cita.jwt.secret"))) {
            System.setProperty("cita.jwt.secret", secret(dataDir.resolve("jwt-secret")));
        }
        boolean dynamo = String.valueOf(environment.get("MICRONAUT_ENVIRONMENTS")).contains("dynamodb")
                || String.valueOf(System.getProperty("micronaut.environments")).contains("dynamodb");
        if (dynamo) {
            dynamoDbEndpoint(environment);
        } else if (blank(environment.get("JDBC_URL"))) {
            String password = secret(EmbeddedPostgresRuntime.passwordFile(dataDir.resolve("postgres")));
            EmbeddedPostgresRuntime.Starting postgres = EmbeddedPostgresRuntime.startInBackground(
                    dataDir.resolve("postgres"));
            System.setProperty("datasources.default.url", postgres.jdbcUrl());
            System.setProperty("datasources.default.username", "postgres");
            System.setProperty("datasources.default.password", password);
            System.setProperty("cita.demo.seed", "true");
            if (blank(environment.get("CITA_ADMIN_EMAIL")) && blank(System.getProperty("cita.admin.email"))) {
                System.setProperty("cita.admin.email", DEMO_ADMIN_EMAIL);
                System.setProperty("cita.admin.password", DEMO_ADMIN_PASSWORD);
            }
            return Optional.of(postgres);
        }
        return Optional.empty();
    }

    /**
     * DYNAMODB_ENDPOINT overrides the endpoint (DynamoDB Local); against a local endpoint without AWS credentials
     * or region configured, placeholder ones are used, since DynamoDB Local accepts any.
     */
    private static void dynamoDbEndpoint(Map<String, String> environment) {
        String endpoint = environment.get("DYNAMODB_ENDPOINT");
        if (blank(endpoint)) {
            endpoint = System.getProperty("aws.services.dynamodb.endpoint-override");
        }
        if (blank(endpoint)) {
            return;
        }
        System.setProperty("aws.services.dynamodb.endpoint-override", endpoint);
        boolean local = endpoint.contains("://localhost") || endpoint.contains("://127.");
        if (local && blank(environment.get("AWS_ACCESS_KEY_ID")) && blank(System.getProperty("aws.access-key-id"))) {
            System.setProperty("aws.access-key-id", "local");
            System.setProperty("aws.secret-key", "local");
        }
        if (local && blank(environment.get("AWS_REGION")) && blank(System.getProperty("aws.region"))) {
            System.setProperty("aws.region", "eu-west-1");
        }
    }

    private static String secret(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the secret at " + file, e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
