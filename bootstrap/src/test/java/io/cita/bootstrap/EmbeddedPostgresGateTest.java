package io.cita.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The service's context starts while its embedded PostgreSQL is still starting: the gate holds the datasource (and
 * so the pool and Flyway) back until the start completes, then everything proceeds on the migrated database.
 */
class EmbeddedPostgresGateTest {

    @Test
    void theContextWaitsForTheStartThenMigrates() throws Exception {
        EmbeddedPostgresRuntime server = EmbeddedPostgresRuntime.start(null);
        CompletableFuture<EmbeddedPostgresRuntime> started = new CompletableFuture<>();
        EmbeddedPostgresRuntime.Starting starting = new EmbeddedPostgresRuntime.Starting(server.jdbcUrl(), started);

        CompletableFuture<ApplicationContext> context = CompletableFuture.supplyAsync(() -> ApplicationContext.builder()
                .environments("postgres")
                .properties(Map.of("datasources.default.url", starting.jdbcUrl(),
                        "datasources.default.username", "postgres", "datasources.default.password", "postgres",
                        "cita.jwt.secret", "test-secret-test-secret-test-secret-0123456789"))
                .singletons(starting)
                .start());
        // held back while PostgreSQL is still starting: the context must not finish for as long as the start is pending
        await().during(Duration.ofMillis(1_500)).atMost(Duration.ofSeconds(5)).until(() -> !context.isDone());

        started.complete(server);
        try (ApplicationContext running = context.get(60, TimeUnit.SECONDS);
             // the migrations ran on the server once it was there
             Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
             ResultSet migrations = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM flyway_schema_history WHERE success")) {
            migrations.next();
            assertThat(migrations.getInt(1)).isGreaterThanOrEqualTo(8);
        } finally {
            server.stop();
        }
    }
}
