package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The booking page and the widget in a real browser (issue 14), on both stores: Debian's Chromium driven by
 * playwright-core runs booking-page.mjs against the booted service, for a business in America/Santiago seen from
 * Madrid. Screenshots of every step are kept under target/browser/.
 */
@ParameterizedClass
@EnumSource(Store.class)
class BookingPageBrowserTest {
    private static final Path BROWSER = Path.of("src/test/browser");
    private final Store store;
    private final Api api;

    BookingPageBrowserTest(Store store) {
        this.store = store;
        this.api = new Api(BootedService.baseUrl(store));
    }

    /** Installs Chromium and the npm packages when missing: start-up work, with a generous timeout. */
    @BeforeAll
    static void installBrowserTools() throws Exception {
        assertThat(run(List.of(Path.of("../bin/browser-tools").toAbsolutePath().normalize().toString()), Map.of(),
                900, "browser-tools")).as("see target/browser-tools.log").isZero();
    }

    @Test
    void aVisitorBooksSeesItTakenAndCancels_onAPhoneWithTheKeyboard_andThroughTheWidget_onlyWhereAllowed()
            throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        Api.Response moved = api.send("PATCH", tenant.base, tenant.token, Map.of("timezone", "America/Santiago"),
                Map.of());
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        String serviceId = tenant.createService(Map.of("cancellationNoticeHours", 0));
        tenant.createStaff(serviceId);
        int allowedPort = freePort();
        int foreignPort = freePort();
        Api.Response key = api.post(tenant.base + "/api-keys", tenant.token, Map.of("kind", "PUBLISHABLE",
                "name", "site", "allowedOrigins", List.of("http://127.0.0.1:" + allowedPort)));
        assertThat(key.status()).as(key.raw()).isEqualTo(201);
        String slug = api.get(tenant.base, tenant.token).text("slug");

        String lowerStore = store.name().toLowerCase();
        int exit = run(List.of("node", "booking-page.mjs"), Map.of("CITA_URL", BootedService.baseUrl(store),
                "CITA_SLUG", slug, "CITA_KEY", key.text("key"), "CITA_ZONE", "America/Santiago",
                "ALLOWED_PORT", String.valueOf(allowedPort), "FOREIGN_PORT", String.valueOf(foreignPort),
                "SHOTS", new File("target/browser/" + lowerStore).getAbsolutePath()), 240, "browser-" + lowerStore);
        assertThat(exit).as(Files.readString(Path.of("target/browser-" + lowerStore + ".log"))).isZero();
    }

    /** Runs a command in the browser tests' folder, its output kept in target/{@code name}.log; its exit code. */
    private static int run(List<String> command, Map<String, String> environment, int seconds, String name)
            throws IOException, InterruptedException {
        Path log = Path.of("target", name + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(BROWSER.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " ran past " + seconds + " s: "
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return process.exitValue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
