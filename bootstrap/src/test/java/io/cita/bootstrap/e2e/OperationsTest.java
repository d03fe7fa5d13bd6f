package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** What operators and integrators read: health, metrics, the OpenAPI document and the landing page. */
@ParameterizedClass
@EnumSource(Store.class)
class OperationsTest {
    static final String METRICS_TOKEN = "metrics-token-for-the-scraper";
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
        for (String probe : List.of("/health/readiness", "/health/liveness")) {
            Api.Response answer = api.get(probe, null);
            assertThat(answer.status()).as(probe).isEqualTo(200);
            assertThat(answer.text("status")).as(probe).isEqualTo("UP");
        }
    }

    @Test
    void prometheusMetricsAreForTheScraperWithTheToken() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        tenant.createStaff(serviceId);
        assertThat(tenant.book(serviceId, TenantFixture.at(TenantFixture.daysAhead(3), 11, 0), "+34600990001")
                .status()).isEqualTo(201);
        String day = TenantFixture.daysAhead(3).toString();
        assertThat(api.get(tenant.base + "/availability?serviceId=" + serviceId + "&from=" + day + "&to=" + day,
                tenant.token).status()).isEqualTo(200);
        Api.Response refused = null;
        for (int i = 0; i < 21; i++) {
            refused = api.post("/v1/auth/login", null, Map.of("email", "nobody@example.com", "password", "x"));
        }
        assertThat(refused.status()).isEqualTo(429);

        Api.Response metrics = api.get("/prometheus", METRICS_TOKEN);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw()).contains("jvm_memory_used_bytes")
                .contains("cita_rate_limit_refusals_total{policy=\"login\"")
                .contains("cita_booking_changes_total{change=\"created\",channel=\"api\"")
                .contains("http_server_requests_seconds_bucket").contains("uri=\"/v1/tenants/{tenantId}/availability\"")
                .doesNotContain(tenant.tenantId);
        assertThat(api.get("/prometheus", null).status()).isEqualTo(401);
        assertThat(api.get("/prometheus/", "not-" + METRICS_TOKEN).status()).isEqualTo(401);
        assertThat(api.get("/prometheus", null).raw()).doesNotContain("jvm_");
    }

    @Test
    void everyAnswerForbidsSniffingFramingAndReferrers_andApiAnswersAreNeverCached() {
        TenantFixture tenant = TenantFixture.signUp(api);
        Api.Response login = api.post("/v1/auth/login", null, Map.of("email", tenant.ownerEmail, "password",
                TenantFixture.PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        for (Api.Response response : List.of(login, api.get(tenant.base, tenant.token), api.get("/", null),
                api.get("/v1/no-such-route", null))) {
            assertThat(response.http().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.http().headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(response.http().headers().firstValue("Content-Security-Policy").orElse(""))
                    .contains("frame-ancestors 'none'");
        }
        assertThat(login.http().headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(api.get(tenant.base, tenant.token).http().headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(api.get("/", null).http().headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("object-src 'none'");
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
