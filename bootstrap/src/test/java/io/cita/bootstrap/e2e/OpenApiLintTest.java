package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the booted service serves passes Spectral's standard OpenAPI ruleset ({@code spectral:oas})
 * without a single error, warning, info or hint: every operation tagged, summarised and described, its errors
 * documented as problem+json. Spectral is installed by the Maven build (npm ci in target/openapi-lint).
 */
class OpenApiLintTest {
    private static final Path LINT = Path.of(System.getProperty("cita.openapi-lint.dir", "target/openapi-lint"));

    @Test
    void theServedDocumentHasNoSpectralFinding() throws IOException, InterruptedException {
        Api.Response served = new Api(BootedService.baseUrl(Store.POSTGRES)).get("/openapi.yml", null);
        assertThat(served.status()).isEqualTo(200);
        Path document = Files.createTempFile("cita-openapi", ".yml");
        Files.writeString(document, served.raw(), StandardCharsets.UTF_8);

        Process spectral = new ProcessBuilder(List.of(LINT.resolve("node_modules/.bin/spectral").toString(), "lint",
                document.toString(), "--ruleset", LINT.resolve(".spectral.yaml").toString(), "--fail-severity", "hint",
                "--format", "text")).redirectErrorStream(true).start();
        String report = new String(spectral.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(spectral.waitFor(2, TimeUnit.MINUTES)).as("spectral finished").isTrue();

        assertThat(spectral.exitValue()).as(report).isZero();
        assertThat(report).contains("No results with a severity of 'hint' or higher found");
    }
}
