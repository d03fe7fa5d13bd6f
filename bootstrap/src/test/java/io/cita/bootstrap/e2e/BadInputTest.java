package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Bad input of every kind gets a 4xx problem+json that names the field, never a 500, a stack trace or SQL. */
@ParameterizedClass
@EnumSource(Store.class)
class BadInputTest {
    private final Api api;

    BadInputTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    private void assertProblem(Api.Response response, int status, String code, String field) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).as(response.raw()).isEqualTo(code);
        if (field != null) {
            assertThat(response.body().get("errors").get(0).get("field").asText()).as(response.raw()).isEqualTo(field);
        }
        assertThat(response.raw()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("select ")
                .doesNotContain("io.cita").doesNotContain("at java.");
    }

    @Test
    void malformedBodiesAreRejectedNamingTheField() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String bookings = tenant.base + "/bookings";
        assertProblem(api.post(bookings, tenant.token, "{\"serviceId\":"), 400, "malformed-request", null);
        assertProblem(api.post(bookings, tenant.token, "[1,2]"), 400, "malformed-request", null);
        assertProblem(api.post(bookings, tenant.token, "{\"serviceId\":\"x\",\"evil\":true}"), 400, "validation-failed", "evil");
        assertProblem(api.post(bookings, tenant.token, "{\"serviceId\":\"x\",\"seats\":\"many\"}"), 400, "validation-failed", "seats");
        assertProblem(api.post(bookings, tenant.token, "{\"serviceId\":\"x\",\"seats\":1e400}"), 400, "validation-failed", "seats");
        assertProblem(api.post(bookings, tenant.token, "{\"serviceId\":\"x\",\"start\":\"tomorrow\"}"), 400, "validation-failed", "start");
        assertProblem(api.post(bookings, tenant.token, Map.of("start", "2030-01-01T10:00:00Z")), 400, "validation-failed", "serviceId");
        assertProblem(api.post(bookings, tenant.token, Map.of("serviceId", "svc_nope", "start", "2030-01-01T10:00:00Z",
                "client", Map.of("firstName", "A", "phone", "12345"))), 400, "validation-failed", "client.phone");
        assertProblem(api.post(bookings, tenant.token, Map.of("serviceId", "svc_nope", "start", "2030-01-01T10:00:00Z",
                "client", Map.of("firstName", "A", "phone", "+34600000040"))), 404, "not-found", null);
    }

    @Test
    void laxInputIsRefusedNamingTheField_notReadGenerously() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String services = tenant.base + "/services";
        assertProblem(api.post(services, tenant.token, "{\"name\":\"X\",\"durationMinutes\":\"60\","
                + "\"price\":{\"amount\":1,\"currency\":\"EUR\"}}"), 400, "validation-failed", "durationMinutes");
        Api.Response twice = api.post(services, tenant.token, "{\"name\":\"X\",\"name\":\"Y\","
                + "\"durationMinutes\":60,\"price\":{\"amount\":1,\"currency\":\"EUR\"}}");
        assertProblem(twice, 400, "validation-failed", "name");
        assertProblem(api.send("POST", services, tenant.token, "{\"name\":\"X\",\"durationMinutes\":60,"
                + "\"price\":{\"amount\":1,\"currency\":\"EUR\"}}", Map.of("Content-Type", "")), 415,
                "unsupported-media-type", null);
        assertThat(api.get(services, tenant.token).body().get("items")).as("nothing was created").isEmpty();

        String serviceId = tenant.createService(Map.of());
        String start = TenantFixture.at(TenantFixture.daysAhead(5), 10, 0);
        assertProblem(api.post(tenant.base + "/holds", tenant.token, Map.of("serviceId", serviceId, "start", start,
                "seats", 0)), 400, "validation-failed", "seats");
        assertProblem(api.post(tenant.base + "/bookings", tenant.token, Map.of("serviceId", serviceId, "start", start,
                "seats", -3, "client", Map.of("firstName", "A", "phone", "+34600000041"))), 400, "validation-failed",
                "seats");

        String foreign = TenantFixture.signUp(api).createService(Map.of());
        for (String serviceIds : List.of("svc_nope", foreign)) {
            assertProblem(api.post(tenant.base + "/resources", tenant.token, Map.of("name", "R", "type", "STAFF",
                    "serviceIds", List.of(serviceId, serviceIds))), 400, "validation-failed", "serviceIds");
        }
    }

    @Test
    void badCatalogValuesAreRejectedNamingTheField() {
        TenantFixture tenant = TenantFixture.signUp(api);
        assertProblem(api.post(tenant.base + "/services", tenant.token, Map.of("name", "X", "durationMinutes", 2,
                "price", Map.of("amount", 1, "currency", "EUR"))), 400, "validation-failed", "durationMinutes");
        assertProblem(api.post(tenant.base + "/services", tenant.token, Map.of("name", "X", "durationMinutes", 30,
                "price", Map.of("amount", -1, "currency", "EUR"))), 400, "validation-failed", "price");
        assertProblem(api.post(tenant.base + "/services", tenant.token, Map.of("name", "X", "durationMinutes", 30,
                "price", Map.of("amount", 1, "currency", "USD"))), 400, "validation-failed", "price.currency");
        assertProblem(api.post(tenant.base + "/resources", tenant.token, Map.of("name", "R", "type", "ROBOT")),
                400, "validation-failed", "type");
        assertProblem(api.post(tenant.base + "/resources", tenant.token, Map.of("name", "R", "type", "STAFF",
                "timezone", "Mars/Olympus")), 400, "validation-failed", "timezone");
        String resource = api.post(tenant.base + "/resources", tenant.token, Map.of("name", "R", "type", "STAFF"))
                .text("id");
        assertProblem(api.send("PUT", tenant.base + "/resources/" + resource + "/schedule", tenant.token,
                Map.of("rules", List.of(Map.of("dayOfWeek", "FUNDAY", "start", "09:00", "end", "10:00"))), Map.of()),
                400, "validation-failed", "rules.0.dayOfWeek");
        assertProblem(api.send("PUT", tenant.base + "/resources/" + resource + "/schedule", tenant.token,
                Map.of("rules", List.of(Map.of("dayOfWeek", "MONDAY", "start", "11:00", "end", "10:00"))), Map.of()),
                400, "validation-failed", "rules.0");
        assertProblem(api.post(tenant.base + "/resources/" + resource + "/exceptions", tenant.token,
                Map.of("kind", "BLOCK_TIMES", "date", "2030-02-30")), 400, "validation-failed", "date");
    }

    @Test
    void badQueriesAndPathsAreRejected() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        assertProblem(api.get(tenant.base + "/availability?serviceId=" + serviceId + "&from=2030-01-01&to=2030-05-01",
                tenant.token), 400, "validation-failed", "to");
        assertProblem(api.get(tenant.base + "/availability?serviceId=" + serviceId + "&from=01/01/2030&to=2030-01-02",
                tenant.token), 400, "validation-failed", "from");
        assertProblem(api.get(tenant.base + "/availability?from=2030-01-01&to=2030-01-02", tenant.token),
                400, "validation-failed", "serviceId");
        assertProblem(api.get(tenant.base + "/bookings?limit=500", tenant.token), 400, "validation-failed", "limit");
        assertProblem(api.get(tenant.base + "/bookings?limit=abc", tenant.token), 400, "validation-failed", "limit");
        assertProblem(api.get(tenant.base + "/bookings?cursor=%21%21%21", tenant.token), 400, "validation-failed", "cursor");
        assertProblem(api.get(tenant.base + "/bookings?cursor=bm9wZQ", tenant.token), 400, "validation-failed", "cursor");
        assertProblem(api.get(tenant.base + "/services/..%2F..%2Fetc%2Fpasswd", tenant.token), 404, "not-found", null);
        assertProblem(api.get(tenant.base + "/nowhere", tenant.token), 404, "not-found", null);
        assertProblem(api.get(tenant.base + "/bookings/%00", tenant.token), 404, "not-found", null);
        assertProblem(api.send("PATCH", tenant.base + "/services/" + serviceId, tenant.token,
                "{\"name\":\"a\\u0000b\"}", Map.of()), 400, "validation-failed", "name");
        assertProblem(api.send("PUT", tenant.base, tenant.token, Map.of(), Map.of()), 405, "method-not-allowed", null);
    }

    @Test
    void oversizedAndWronglyTypedBodiesAreRejected() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String big = "{\"notes\":\"" + "a".repeat(1_100_000) + "\"}";
        assertProblem(api.post(tenant.base + "/bookings", tenant.token, big), 413, "payload-too-large", null);
        assertProblem(api.send("POST", tenant.base + "/bookings", tenant.token, "x",
                Map.of("Content-Type", "text/plain")), 415, "unsupported-media-type", null);
        assertProblem(api.post("/v1/signup", null, Map.of("tenant", Map.of("slug", "Bad Slug!"), "owner", Map.of())),
                400, "validation-failed", "tenant.slug");
    }
}
