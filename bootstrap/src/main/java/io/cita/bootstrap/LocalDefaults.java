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

/**
 * What the service needs when nothing is configured: a JWT secret generated once and kept under the data
 * directory, and, without JDBC_URL, an embedded PostgreSQL there too (which also turns on the demo seed).
 */
final class LocalDefaults {
    private LocalDefaults() {
    }

    static void apply(Map<String, String> environment) {
        Path dataDir = Path.of(environment.getOrDefault("CITA_DATA_DIR", "data")).toAbsolutePath();
        if (blank(environment.get("JWT_SECRET")) && blank(System.getProperty("cita.jwt.secret"))) {
            System.setProperty("cita.jwt.secret", secret(dataDir.resolve("jwt-secret")));
        }
        boolean dynamo = String.valueOf(environment.get("MICRONAUT_ENVIRONMENTS")).contains("dynamodb");
        if (!dynamo && blank(environment.get("JDBC_URL"))) {
            EmbeddedPostgresRuntime postgres = EmbeddedPostgresRuntime.start(dataDir.resolve("postgres"));
            System.setProperty("datasources.default.url", postgres.jdbcUrl());
            System.setProperty("datasources.default.username", "postgres");
            System.setProperty("datasources.default.password", "postgres");
            System.setProperty("cita.demo.seed", "true");
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
            throw new UncheckedIOException("could not read or create the JWT secret at " + file, e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
