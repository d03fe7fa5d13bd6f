package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.ApiKeys;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.ApiKey;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.TenantStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Secret keys on the tenant API, publishable keys on the public API with their origins, and self-service. */
@ParameterizedClass
@EnumSource(Store.class)
class ApiKeysAndPublicApiTest {
    private static final String SITE = "https://salon.example";
    private final Api api;
    private final Store store;

    ApiKeysAndPublicApiTest(Store store) {
        this.store = store;
        this.api = new Api(BootedService.baseUrl(store));
    }

    private Api.Response createKey(TenantFixture tenant, String kind, List<String> origins) {
        return api.post(tenant.base + "/api-keys", tenant.token, Map.of("kind", kind, "name", "k",
                "allowedOrigins", origins));
    }

    private String slugOf(TenantFixture tenant) {
        return api.get(tenant.base, tenant.token).text("slug");
    }

    @Test
    void aSecretKeyIsShownOnce_storedOnlyAsAHash_andActsAsAManagerOfItsTenantOnly() {
        TenantFixture tenant = TenantFixture.signUp(api);
        Api.Response created = createKey(tenant, "SECRET", List.of());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String secret = created.text("key");
        assertThat(secret).startsWith("sk_live_").startsWith(created.text("prefix") + "_");

        ApiKey stored = BootedService.context(store).getBean(ApiKeys.class).findByPrefix(created.text("prefix")).get(0);
        assertThat(stored.hash()).isNotEqualTo(secret).doesNotContain(secret.substring(created.text("prefix").length()));
        assertThat(List.of(stored.id(), stored.prefix(), String.valueOf(stored.name()))).doesNotContain(secret);
        assertThat(api.get(tenant.base + "/api-keys", tenant.token).body().get("items").get(0).get("key").isNull()).isTrue();

        assertThat(api.get(tenant.base + "/services", secret).status()).isEqualTo(200);
        assertThat(api.post(tenant.base + "/services", secret, Map.of("name", "By key", "durationMinutes", 30,
                "price", Map.of("amount", 100, "currency", "EUR"))).status()).isEqualTo(201);
        assertThat(api.get(tenant.base + "/members", secret).status()).isEqualTo(403);
        assertThat(createKeyWith(tenant, secret).status()).isEqualTo(403);
        TenantFixture other = TenantFixture.signUp(api);
        assertThat(api.get(other.base + "/services", secret).status()).isEqualTo(404);

        assertThat(api.send("DELETE", tenant.base + "/api-keys/" + created.text("id"), tenant.token, null, Map.of())
                .status()).isEqualTo(204);
        assertThat(api.get(tenant.base + "/services", secret).status()).isEqualTo(401);
    }

    private Api.Response createKeyWith(TenantFixture tenant, String token) {
        return api.post(tenant.base + "/api-keys", token, Map.of("kind", "SECRET"));
    }

    @Test
    void aPublishableKeyOpensThePublicApiFromItsOriginsOnly() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String slug = slugOf(tenant);
        assertThat(createKey(tenant, "PUBLISHABLE", List.of()).status()).isEqualTo(400);
        String key = createKey(tenant, "PUBLISHABLE", List.of(SITE)).text("key");
        String foreignKey = createKey(TenantFixture.signUp(api), "PUBLISHABLE", List.of(SITE)).text("key");
        String path = "/v1/public/" + slug;

        assertThat(api.send("GET", path, null, null, Map.of()).status()).isEqualTo(401);
        assertThat(api.send("GET", path, null, null, Map.of("X-Api-Key", foreignKey)).status()).isEqualTo(401);
        assertThat(api.send("GET", path, null, null, Map.of("X-Api-Key", key, "Origin", "https://evil.example"))
                .status()).isEqualTo(403);
        Api.Response allowed = api.send("GET", path, null, null, Map.of("X-Api-Key", key, "Origin", SITE));
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.text("slug")).isEqualTo(slug);
        assertThat(allowed.http().headers().firstValue("Access-Control-Allow-Origin")).contains(SITE);

        Api.Response preflight = api.send("OPTIONS", path + "/bookings", null, null, Map.of("Origin", SITE,
                "Access-Control-Request-Method", "POST"));
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.http().headers().firstValue("Access-Control-Allow-Headers").orElse("")).contains("X-Api-Key");
        assertThat(api.send("OPTIONS", path + "/bookings", null, null, Map.of("Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST")).status()).isEqualTo(403);
        assertThat(api.send("GET", "/v1/public/no-such-business", null, null, Map.of("X-Api-Key", key)).status())
                .isEqualTo(404);
        assertThat(api.get(tenant.base + "/services", key).status()).isEqualTo(401);
    }

    @Test
    void theWidgetsLook_isSetByTheOwnerWithChecks_andServedToThePublic() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String path = "/v1/public/" + slugOf(tenant);
        Map<String, String> headers = Map.of("X-Api-Key", createKey(tenant, "PUBLISHABLE", List.of(SITE))
                .text("key"), "Origin", SITE);
        Api.Response before = api.send("GET", path, null, null, headers);
        assertThat(before.text("widget.primaryColor")).isEqualTo("#0F766E");
        assertThat(before.text("widget.language")).as("the business's own").isEqualTo("es");
        assertThat(before.text("timezone")).isEqualTo("Europe/Madrid");

        for (Map.Entry<String, String> bad : Map.of("widget.primaryColor", "teal", "widget.language", "fr")
                .entrySet()) {
            Api.Response refused = api.send("PATCH", tenant.base, tenant.token, Map.of("settings",
                    Map.of(bad.getKey(), bad.getValue())), Map.of());
            assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("settings." + bad.getKey());
        }
        Api.Response set = api.send("PATCH", tenant.base, tenant.token, Map.of("settings",
                Map.of("widget.primaryColor", "#1a2b3c", "widget.language", "en")), Map.of());
        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        Api.Response after = api.send("GET", path, null, null, headers);
        assertThat(after.text("widget.primaryColor")).isEqualTo("#1A2B3C");
        assertThat(after.text("widget.language")).isEqualTo("en");
        assertThat(after.text("name")).isEqualTo(before.text("name"));
    }

    @Test
    void aCustomerBooksFindsAndCancelsByReferenceAndContact() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        tenant.createStaff(serviceId);
        Map<String, String> widget = Map.of("X-Api-Key", createKey(tenant, "PUBLISHABLE", List.of(SITE)).text("key"));
        String path = "/v1/public/" + slugOf(tenant);
        assertThat(api.send("GET", path + "/services", null, null, widget).body()).hasSize(1);
        String day = TenantFixture.daysAhead(9).toString();
        String start = api.send("GET", path + "/availability?serviceId=" + serviceId + "&from=" + day + "&to=" + day,
                null, null, widget).body().get("slots").get(0).get("start").asText();

        Api.Response booked = api.send("POST", path + "/bookings", null, Map.of("serviceId", serviceId, "start", start,
                "client", Map.of("firstName", "Lucía", "phone", "+34600003001")), widget);
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
        assertThat(booked.text("channel")).isEqualTo("WIDGET");
        String reference = booked.text("reference");
        assertThat(api.send("POST", path + "/bookings", null, Map.of("serviceId", serviceId, "start", start,
                "clientId", booked.text("clientId")), widget).status()).isEqualTo(400);

        assertThat(api.send("POST", path + "/bookings/" + reference + "/lookup", null,
                Map.of("contact", "+34600009999"), widget).status()).isEqualTo(404);
        assertThat(api.send("POST", path + "/bookings/" + reference + "/lookup", null,
                Map.of("contact", "+34 600 003 001"), widget).text("id")).isEqualTo(booked.text("id"));
        Api.Response cancelled = api.send("POST", path + "/bookings/" + reference + "/cancel", null,
                Map.of("contact", "+34600003001", "reason", "cannot come"), widget);
        assertThat(cancelled.text("status")).as(cancelled.raw()).isEqualTo("CANCELLED");
        assertThat(api.send("POST", path + "/bookings", null, Map.of("serviceId", serviceId, "start", start,
                "client", Map.of("firstName", "Otra", "phone", "+34600003002")), widget).status()).isEqualTo(201);
    }

    @Test
    void aSuspendedBusinessAnswersTenantInactive() {
        TenantFixture tenant = TenantFixture.signUp(api);
        Map<String, String> widget = Map.of("X-Api-Key", createKey(tenant, "PUBLISHABLE", List.of(SITE)).text("key"));
        Tenants tenants = BootedService.context(store).getBean(Tenants.class);
        tenants.update(tenants.find(tenant.tenantId).orElseThrow().withSubscription(PlanCode.FREE,
                TenantStatus.SUSPENDED), null);

        Api.Response inactive = api.send("GET", "/v1/public/" + slugOf(tenant), null, null, widget);
        assertThat(inactive.status()).isEqualTo(403);
        assertThat(inactive.text("code")).isEqualTo("business-unavailable");
    }
}
