package io.cita.bootstrap.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service jar ({@code cita.jar}, as the README starts it) run as a child process with the test JVM's
 * own {@code java}: started on a port of its own, awaited until {@code GET /health} answers 200, stopped with
 * SIGTERM; closing it (or the test JVM exiting) kills a process a failed test left running. Its output goes to a log
 * file named in every failure.
 */
final class ServiceJar implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path jar;
    private final Map<String, String> environment;
    private final List<String> systemProperties;
    private final Path log;
    private final int port;
    private Process process;

    ServiceJar(Path jar, Map<String, String> environment, List<String> systemProperties, Path log) {
        this.jar = jar;
        this.environment = environment;
        this.systemProperties = systemProperties;
        this.log = log;
        this.port = freePort();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    /** The jar named by the {@code cita.jar} system property (failsafe sets it to the module's packaged jar). */
    static Path packaged() {
        Path jar = Path.of(System.getProperty("cita.jar", "target/cita.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged jar at " + jar.toAbsolutePath() + ": run ./mvnw verify");
        }
        return jar;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the jar and waits (up to two minutes, a fresh embedded PostgreSQL included) for its first 200. */
    ServiceJar start() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx256m");
        command.addAll(systemProperties);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // the store is chosen by this launcher's environment alone, never by the one the build runs in
        builder.environment().keySet().removeAll(List.of("JDBC_URL", "MICRONAUT_ENVIRONMENTS", "DYNAMODB_ENDPOINT"));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", Integer.toString(port));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not launch " + command, e);
        }
        await("the jar's first 200 on /health (log: " + log + ")").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the jar exited with " + process.exitValue() + "; log: " + log);
                    }
                    return healthStatus() == 200;
                });
        return this;
    }

    /** Sends SIGTERM, as an orchestrator would, and waits for the process (and its shutdown hooks) to end. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the jar ignored SIGTERM for 60 s; log: " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private int healthStatus() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                    .timeout(Duration.ofSeconds(2)).build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
