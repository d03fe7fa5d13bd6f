package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** What operators and integrators read: health, metrics, the OpenAPI document and the landing page. */
@ParameterizedClass
@EnumSource(Store.class)
class OperationsTest {
    private final Api api;

    OperationsTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    @Test
    void healthIsUpWithoutRevealingDetails() {
        Api.Response health = api.get("/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
        assertThat(health.raw()).doesNotContain("jdbc:");
    }

    @Test
    void prometheusMetricsAreExposed() {
        Api.Response metrics = api.get("/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiDocumentDescribesTheBookingRoutes_andTheLandingPageLinksIt() {
        Api.Response document = api.get("/openapi.yml", null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.raw()).contains("/v1/tenants/{tenantId}/bookings:", "/v1/signup:", "bearerFormat: JWT")
                .doesNotContain("\n  /:\n");
        Api.Response home = api.get("/", null);
        assertThat(home.raw()).contains("/openapi.yml", "/swagger-ui/");
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }
}
