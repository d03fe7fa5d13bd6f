package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.f4b6a3.ulid.UlidCreator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a stranger without credentials can do, bounded: every spelling of a limited route counts in the route's own
 * bucket (and the spellings that reach no route are 404), public calls never spend the business's own quota, holds
 * and reference tries are capped per address and per reference. Each scenario calls from addresses of its own.
 */
@ParameterizedClass
@EnumSource(Store.class)
class AbuseLimitsTest {
    private static final List<String> NO_ROUTE = List.of("//v1/signup", "/v1//signup", "/V1/signup", "/v1/SIGNUP",
            "/v1/signup%2F", "/v1/./signup", "/v1/signup//");
    private final Api api;

    AbuseLimitsTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    private static String unique() {
        return UlidCreator.getMonotonicUlid().toString().toLowerCase(Locale.ROOT);
    }

    @Test
    void signUpsCountPerAddressWhateverTheSpelling_andOtherSpellingsReachNoRoute() {
        for (int i = 0; i < 10; i++) {
            Api.Response accepted = api.post(i % 2 == 0 ? "/v1/signup" : "/v1/signup/", null,
                    TenantFixture.signUpBody(unique()));
            assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
        }
        for (String spelling : List.of("/v1/signup", "/v1/signup/")) {
            Api.Response refused = api.post(spelling, null, TenantFixture.signUpBody(unique()));
            assertThat(refused.status()).as(spelling).isEqualTo(429);
            assertThat(refused.text("code")).isEqualTo("rate-limited");
            assertThat(refused.http().headers().firstValue("RateLimit-Policy")).contains("\"signup\";q=10;w=3600");
            assertThat(Long.parseLong(refused.http().headers().firstValue("Retry-After").orElseThrow()))
                    .isBetween(1L, 3600L);
        }
        for (String spelling : NO_ROUTE) {
            assertThat(api.post(spelling, null, TenantFixture.signUpBody(unique())).status()).as(spelling)
                    .isEqualTo(404);
        }
        assertThat(api.from("198.51.100.77").post("/v1/signup", null, TenantFixture.signUpBody(unique())).status())
                .as("another address").isEqualTo(202);
    }

    @Test
    void loginsAndRefreshesShareOneBucketPerAddress_whateverTheSpelling() {
        for (int i = 0; i < 20; i++) {
            String path = List.of("/v1/auth/login", "/v1/auth/login/", "/v1/auth/refresh/").get(i % 3);
            Map<String, String> body = path.contains("refresh") ? Map.of("refreshToken", "rt_" + unique())
                    : Map.of("email", unique() + "@example.com", "password", "wrong-password");
            assertThat(api.post(path, null, body).status()).as(path).isEqualTo(401);
        }
        Api.Response refused = api.post("/v1/auth/login/", null, Map.of("email", unique() + "@example.com",
                "password", "wrong-password"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.http().headers().firstValue("RateLimit-Policy")).contains("\"login\";q=20;w=60");
    }

    @Test
    void aStrangersPublicCallsSpendTheKeysQuota_neverTheBusinesssOwn() {
        TenantFixture tenant = TenantFixture.signUp(api);
        Widget widget = Widget.of(api, tenant);
        for (int i = 0; i < 100; i++) {
            Api stranger = api.from("198.51.100." + (i % 50 + 1));
            assertThat(stranger.send("GET", widget.path(), null, null, widget.headers()).status()).isEqualTo(200);
        }
        Api.Response refused = api.send("GET", widget.path() + "/", null, null, widget.headers());
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.http().headers().firstValue("RateLimit-Policy")).contains("\"publishable-key\";q=100;w=60");

        Api.Response staff = tenant.api.get(tenant.base, tenant.token);
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.http().headers().firstValue("RateLimit").orElse("")).startsWith("\"tenant\";r=9");
    }

    @Test
    void anAddressKeepsAtMostThreeHoldsInAHoldsLifetime() {
        Widget widget = Widget.bookable(api, Map.of());
        String serviceId = widget.serviceId();
        for (int i = 0; i < 3; i++) {
            Api.Response held = widget.hold(api, i % 2 == 0 ? "/holds" : "/holds/", serviceId, 9 + i);
            assertThat(held.status()).as(held.raw()).isEqualTo(201);
        }
        Api.Response refused = widget.hold(api, "/holds/", serviceId, 13);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.http().headers().firstValue("RateLimit-Policy")).contains("\"public-hold\";q=3;w=300");
        assertThat(widget.hold(api.from("198.51.100.201"), "/holds", serviceId, 14).status())
                .as("another address").isEqualTo(201);
    }

    @Test
    void aPublicHoldNeedsItsHolder_andOneHolderKeepsAtMostThreeFromAnyAddresses() {
        Widget widget = Widget.bookable(api, Map.of());
        String serviceId = widget.serviceId();
        Api.Response anonymous = api.send("POST", widget.path() + "/holds", null, Map.of("serviceId", serviceId,
                "start", TenantFixture.at(TenantFixture.daysAhead(4), 9, 0)), widget.headers());
        assertThat(anonymous.status()).isEqualTo(400);
        assertThat(anonymous.body().at("/errors/0/field").asText()).isEqualTo("contact");
        assertThat(widget.hold(api, "/holds", serviceId, 9, "not a phone").status()).isEqualTo(400);

        for (int i = 0; i < 3; i++) {
            assertThat(widget.hold(api.from("198.51.100." + (60 + i)), "/holds", serviceId, 9 + i, "+34 611 000 123")
                    .status()).isEqualTo(201);
        }
        Api.Response refused = widget.hold(api.from("198.51.100.63"), "/holds", serviceId, 12, "+34611000123");
        assertThat(refused.status()).as("the same holder, spelt otherwise, from a fourth address").isEqualTo(429);
        assertThat(refused.http().headers().firstValue("RateLimit-Policy"))
                .contains("\"public-holds-per-holder\";q=3;w=300");
    }

    @Test
    void aCrowdOfAddressesKeepsAtMostThirtyHoldsOfOneBusiness() {
        Widget widget = Widget.bookable(api, Map.of("durationMinutes", 15, "slotIntervalMinutes", 15));
        String serviceId = widget.serviceId();
        int held = 0;
        Api.Response refused = null;
        for (int i = 0; i < 60 && refused == null; i++) {
            Api from = api.from("198.51.100." + (10 + i / 3));
            Api.Response answer = from.send("POST", widget.path() + "/holds", null, Map.of("serviceId", serviceId,
                    "start", TenantFixture.at(TenantFixture.daysAhead(4), 9 + i / 4, (i % 4) * 15),
                    "contact", "holder" + i + "@example.com"), widget.headers());
            held += answer.status() == 201 ? 1 : 0;
            refused = answer.status() == 429 ? answer : null;
        }
        assertThat(held).isEqualTo(30);
        assertThat(refused).isNotNull();
        assertThat(refused.http().headers().firstValue("RateLimit-Policy"))
                .contains("\"public-holds-per-key\";q=30;w=300");
    }

    @Test
    void aReferenceIsTriedFiveTimesAMinuteFromAnywhere_andAnAddressTriesTenReferences() {
        TenantFixture tenant = TenantFixture.signUp(api);
        Widget widget = Widget.of(api, tenant);
        Map<String, String> contact = Map.of("contact", "+34600001234");
        for (int i = 0; i < 5; i++) {
            Api from = api.from("198.51.100." + (100 + i));
            String action = List.of("/lookup", "/lookup/", "/cancel", "/reschedule/", "/lookup").get(i);
            assertThat(from.send("POST", widget.path() + "/bookings/ZZZZ9999" + action, null, contact,
                    widget.headers()).status()).as(action).isIn(400, 404);
        }
        Api.Response refused = api.from("198.51.100.120").send("POST", widget.path() + "/bookings/zzzz9999/lookup",
                null, contact, widget.headers());
        assertThat(refused.status()).as("the same reference, in lower case").isEqualTo(429);
        assertThat(refused.http().headers().firstValue("RateLimit-Policy"))
                .contains("\"booking-reference-tries\";q=5;w=60");

        Api one = api.from("198.51.100.121");
        for (int i = 0; i < 10; i++) {
            assertThat(one.send("POST", widget.path() + "/bookings/YYYY000" + i + "/lookup", null, contact,
                    widget.headers()).status()).isEqualTo(404);
        }
        assertThat(one.send("POST", widget.path() + "/bookings/XXXX0000/lookup", null, contact, widget.headers())
                .status()).as("an eleventh reference from one address").isEqualTo(429);
    }

    /** A business's public API with a publishable key, as its web widget calls it. */
    record Widget(String path, Map<String, String> headers, String serviceId) {
        /** A fresh business with one service (these overrides) and a staff member to give it, and its widget. */
        static Widget bookable(Api api, Map<String, Object> service) {
            TenantFixture tenant = TenantFixture.signUp(api);
            String serviceId = tenant.createService(service);
            tenant.createStaff(serviceId);
            return of(api, tenant, serviceId);
        }

        static Widget of(Api api, TenantFixture tenant) {
            return of(api, tenant, null);
        }

        private static Widget of(Api api, TenantFixture tenant, String serviceId) {
            Api.Response key = api.post(tenant.base + "/api-keys", tenant.token, Map.of("kind", "PUBLISHABLE",
                    "name", "widget", "allowedOrigins", List.of("https://salon.example")));
            assertThat(key.status()).as(key.raw()).isEqualTo(201);
            return new Widget("/v1/public/" + api.get(tenant.base, tenant.token).text("slug"),
                    Map.of("X-Api-Key", key.text("key")), serviceId);
        }

        Api.Response hold(Api from, String route, String serviceId, int hour) {
            // a holder of its own per address and hour, so that only the address's own quota is met
            return hold(from, route, serviceId, hour, "+3461" + String.format("%07d", hour * 10_000
                    + Math.floorMod(from.address().hashCode(), 10_000)));
        }

        Api.Response hold(Api from, String route, String serviceId, int hour, String contact) {
            return from.send("POST", path + route, null, Map.of("serviceId", serviceId, "start",
                    TenantFixture.at(TenantFixture.daysAhead(4), hour, 0), "contact", contact), headers);
        }
    }
}
