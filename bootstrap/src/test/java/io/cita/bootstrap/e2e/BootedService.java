package io.cita.bootstrap.e2e;

import io.cita.bootstrap.EmbeddedPostgresRuntime;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;

/** One Cita service on one embedded PostgreSQL, booted once per test JVM and shared by every end-to-end test. */
final class BootedService {
    private static EmbeddedServer server;

    private BootedService() {
    }

    static synchronized String baseUrl() {
        if (server == null) {
            EmbeddedPostgresRuntime postgres = EmbeddedPostgresRuntime.start(null);
            server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                    "micronaut.server.port", -1,
                    "datasources.default.url", postgres.jdbcUrl(),
                    "datasources.default.username", "postgres",
                    "datasources.default.password", "postgres",
                    "datasources.default.maximum-pool-size", 20,
                    "cita.jwt.secret", "test-secret-test-secret-test-secret-0123456789",
                    "cita.security.bcrypt-cost", 4), "postgres");
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server.getURL().toString();
    }
}
