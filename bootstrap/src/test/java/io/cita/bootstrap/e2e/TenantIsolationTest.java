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
