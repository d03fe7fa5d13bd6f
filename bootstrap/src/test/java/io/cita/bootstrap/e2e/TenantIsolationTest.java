package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Tenant B's token gets 404 for everything of tenant A, and A's data is unchanged afterwards. */
@ParameterizedClass
@EnumSource(Store.class)
class TenantIsolationTest {
    private final Api api;

    TenantIsolationTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    @Test
    void anotherTenantsTokenSeesAndTouchesNothing() {
        TenantFixture a = TenantFixture.signUp(api);
        TenantFixture b = TenantFixture.signUp(api);
        String serviceId = a.createService(Map.of());
        String staffId = a.createStaff(serviceId);
        Api.Response booking = a.book(serviceId, TenantFixture.at(TenantFixture.daysAhead(6), 10, 0), "+34600000020");
        String bookingId = booking.text("id");
        String clientId = booking.text("clientId");

        List<String> reads = List.of(a.base, a.base + "/services", a.base + "/services/" + serviceId,
                a.base + "/resources/" + staffId, a.base + "/resources/" + staffId + "/schedule",
                a.base + "/bookings", a.base + "/bookings/" + bookingId, a.base + "/clients/" + clientId,
                a.base + "/usage", a.base + "/availability?serviceId=" + serviceId + "&from=2030-01-01&to=2030-01-02");
        for (String path : reads) {
            Api.Response response = api.get(path, b.token);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.text("code")).as(path).isEqualTo("not-found");
        }
        assertThat(api.post(a.base + "/bookings/" + bookingId + "/cancel", b.token, null).status()).isEqualTo(404);
        assertThat(api.send("DELETE", a.base + "/services/" + serviceId, b.token, null, Map.of()).status()).isEqualTo(404);
        assertThat(api.send("PATCH", a.base, b.token, Map.of("name", "Hijacked"), Map.of()).status()).isEqualTo(404);

        // B's own tenant path with A's ids: still 404
        assertThat(api.get(b.base + "/bookings/" + bookingId, b.token).status()).isEqualTo(404);
        assertThat(api.get(b.base + "/services/" + serviceId, b.token).status()).isEqualTo(404);
        assertThat(api.post(b.base + "/bookings/" + bookingId + "/cancel", b.token, null).status()).isEqualTo(404);

        assertThat(api.get(a.base + "/bookings/" + bookingId, a.token).text("status")).isEqualTo("CONFIRMED");
        assertThat(api.get(a.base + "/services/" + serviceId, a.token).text("active")).isEqualTo("true");
        assertThat(api.get(a.base, a.token).text("name")).startsWith("Salon ");
    }

    @Test
    void everyTenantRouteWithAnotherTenantsTokenOrKeyIs404_andChangesNothing() {
        TenantFixture a = TenantFixture.signUp(api);
        TenantFixture b = TenantFixture.signUp(api);
        String serviceId = a.createService(Map.of());
        String staffId = a.createStaff(serviceId);
        String start = TenantFixture.at(TenantFixture.daysAhead(6), 12, 0);
        Api.Response booking = a.book(serviceId, start, "+34600005001");
        String category = api.post(a.base + "/categories", a.token, Map.of("name", "Cat")).text("id");
        String exception = api.post(a.base + "/resources/" + staffId + "/exceptions", a.token, Map.of("kind",
                "BLOCK_DATE", "date", TenantFixture.daysAhead(40).toString())).text("id");
        String hold = api.post(a.base + "/holds", a.token, Map.of("serviceId", serviceId,
                "start", TenantFixture.at(TenantFixture.daysAhead(6), 15, 0))).text("id");
        String apiKey = api.post(a.base + "/api-keys", a.token, Map.of("kind", "SECRET")).text("id");
        String bSecret = api.post(b.base + "/api-keys", b.token, Map.of("kind", "SECRET")).text("key");
        String bookingPath = a.base + "/bookings/" + booking.text("id");
        List<String[]> routes = List.of(
                new String[] {"GET", a.base}, new String[] {"PATCH", a.base}, new String[] {"GET", a.base + "/usage"},
                new String[] {"GET", a.base + "/audit-log"}, new String[] {"GET", a.base + "/members"},
                new String[] {"POST", a.base + "/members"}, new String[] {"GET", a.base + "/api-keys"},
                new String[] {"DELETE", a.base + "/api-keys/" + apiKey},
                new String[] {"GET", a.base + "/categories/" + category},
                new String[] {"PATCH", a.base + "/categories/" + category},
                new String[] {"DELETE", a.base + "/categories/" + category},
                new String[] {"PATCH", a.base + "/services/" + serviceId},
                new String[] {"PUT", a.base + "/resources/" + staffId + "/schedule"},
                new String[] {"GET", a.base + "/resources/" + staffId + "/exceptions"},
                new String[] {"DELETE", a.base + "/resources/" + staffId + "/exceptions/" + exception},
                new String[] {"GET", a.base + "/clients"}, new String[] {"PATCH", a.base + "/clients/" + booking.text("clientId")},
                new String[] {"POST", a.base + "/holds"}, new String[] {"DELETE", a.base + "/holds/" + hold},
                new String[] {"POST", a.base + "/bookings"}, new String[] {"POST", bookingPath + "/confirm"},
                new String[] {"POST", bookingPath + "/reschedule"}, new String[] {"POST", bookingPath + "/complete"},
                new String[] {"POST", bookingPath + "/no-show"}, new String[] {"POST", bookingPath + "/cancel"},
                new String[] {"DELETE", a.base + "/services/" + serviceId});
        for (String token : List.of(b.token, bSecret)) {
            for (String[] route : routes) {
                Object body = route[0].equals("GET") || route[0].equals("DELETE") ? null : Map.of();
                Api.Response response = api.send(route[0], route[1], token, body, Map.of());
                assertThat(response.status()).as(route[0] + " " + route[1]).isEqualTo(404);
            }
        }
        assertThat(api.get(bookingPath, a.token).text("status")).isEqualTo("CONFIRMED");
        assertThat(api.get(a.base + "/services/" + serviceId, a.token).text("active")).isEqualTo("true");
        assertThat(api.get(a.base + "/categories/" + category, a.token).text("active")).isEqualTo("true");
        assertThat(api.get(a.base + "/resources/" + staffId + "/exceptions", a.token).body()).hasSize(1);
        assertThat(api.get(a.base + "/api-keys", a.token).body().get("items").get(0).get("active").asBoolean()).isTrue();
        assertThat(api.get(a.base + "/members", a.token).body().get("items")).hasSize(1);
        assertThat(api.get(a.base, a.token).text("name")).startsWith("Salon ");

        String aSlug = api.get(a.base, a.token).text("slug");
        String bPublishable = api.post(b.base + "/api-keys", b.token, Map.of("kind", "PUBLISHABLE",
                "allowedOrigins", List.of("https://b.example"))).text("key");
        for (String[] route : List.of(new String[] {"GET", ""}, new String[] {"GET", "/services"},
                new String[] {"GET", "/availability?serviceId=" + serviceId + "&from=2030-01-01&to=2030-01-01"},
                new String[] {"POST", "/bookings"}, new String[] {"POST", "/holds"},
                new String[] {"POST", "/bookings/" + booking.text("reference") + "/cancel"})) {
            Object body = route[0].equals("GET") ? null : Map.of("contact", "+34600005001");
            assertThat(api.send(route[0], "/v1/public/" + aSlug + route[1], null, body, Map.of("X-Api-Key", bPublishable))
                    .status()).as("public " + route[1]).isEqualTo(401);
        }
        assertThat(api.get(bookingPath, a.token).text("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void withoutAValidTokenEveryTenantRouteIs401() {
        TenantFixture a = TenantFixture.signUp(api);
        for (String token : new String[] {null, "garbage", a.token.substring(0, a.token.length() - 2) + "xx",
                "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1c3JfMSJ9."}) {
            Api.Response response = api.get(a.base + "/services", token);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.text("code")).isEqualTo("unauthorized");
        }
    }

    @Test
    void loginWithAWrongPasswordOrUnknownEmailIsTheSame401() {
        Api.Response wrong = api.post("/v1/auth/login", null, Map.of("email", "owner@bellahair.example", "password", "nope"));
        Api.Response unknown = api.post("/v1/auth/login", null, Map.of("email", "nobody@example.com", "password", "nope"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.text("detail")).isEqualTo(unknown.text("detail"));
    }
}
