package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.f4b6a3.ulid.UlidCreator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Signs up a fresh tenant over HTTP and builds its catalog: every scenario works on its own tenant. */
final class TenantFixture {
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final String PASSWORD = "s3cret-pass";
    final Api api;
    final String tenantId;
    final String token;
    final String base;
    final String ownerEmail;

    private TenantFixture(Api api, String tenantId, String token, String ownerEmail) {
        this.api = api;
        this.tenantId = tenantId;
        this.token = token;
        this.base = "/v1/tenants/" + tenantId;
        this.ownerEmail = ownerEmail;
    }

    /**
     * A fresh tenant, signed up from an address of its own (so fixtures never meet the sign-up limit), its owner's
     * address confirmed from the e-mail it receives, and its owner logged in.
     */
    static TenantFixture signUp(Api api) {
        String unique = UlidCreator.getMonotonicUlid().toString().toLowerCase(Locale.ROOT);
        String email = "owner-" + unique + "@example.com";
        Api from = new Api(api.baseUrl());
        Api.Response pending = from.post("/v1/signup", null, signUpBody(unique));
        assertThat(pending.status()).as(pending.raw()).isEqualTo(202);
        Api.Response created = from.post("/v1/signup/confirm", null, Map.of("token", Mailbox.signUpToken(email)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        Api.Response login = from.post("/v1/auth/login", null, Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).as(login.raw()).isEqualTo(200);
        return new TenantFixture(api, created.text("id"), login.text("accessToken"), email);
    }

    /** What signs up a business and its owner, both named after {@code unique}. */
    static Map<String, Object> signUpBody(String unique) {
        return Map.of(
                "tenant", Map.of("slug", "salon-" + unique, "name", "Salon " + unique, "businessType", "salon",
                        "timezone", "Europe/Madrid", "country", "ES", "currency", "EUR", "locale", "es"),
                "owner", Map.of("email", "owner-" + unique + "@example.com", "password", PASSWORD,
                        "firstName", "Ana", "lastName", "García"));
    }

    /**
     * Invites {@code email} as {@code role} (staff: on {@code resourceId}), reads the invitation's link from the
     * e-mail it receives and accepts it with {@code password}: the new member's user id.
     */
    String addMember(String email, String role, String resourceId, String password) {
        Map<String, Object> body = new HashMap<>(Map.of("email", email, "firstName", role, "role", role));
        if (resourceId != null) {
            body.put("resourceId", resourceId);
        }
        Api.Response invited = api.post(base + "/members", token, body);
        assertThat(invited.status()).as(invited.raw()).isEqualTo(202);
        Api.Response joined = api.post("/v1/invitations/accept", null, Map.of("token", Mailbox.invitationToken(email),
                "password", password));
        assertThat(joined.status()).as(joined.raw()).isEqualTo(200);
        return joined.text("userId");
    }

    /** The business's plan and status as its owner reads them. */
    String[] planAndStatus() {
        Api.Response read = api.get(base, token);
        return new String[] {read.text("plan"), read.text("status")};
    }

    String createService(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Haircut", "durationMinutes", 45,
                "slotIntervalMinutes", 15, "price", Map.of("amount", 2500, "currency", "EUR"), "minNoticeMinutes", 0));
        body.putAll(overrides);
        Api.Response response = api.post(base + "/services", token, body);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.text("id");
    }

    /** A staff resource offering the services, working every day 09:00-21:00. */
    String createStaff(String... serviceIds) {
        Api.Response response = api.post(base + "/resources", token, Map.of("name", "María", "type", "STAFF",
                "serviceIds", List.of(serviceIds)));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        String resourceId = response.text("id");
        List<Map<String, String>> rules = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            rules.add(Map.of("dayOfWeek", day.name(), "start", "09:00", "end", "21:00"));
        }
        Api.Response schedule = api.send("PUT", base + "/resources/" + resourceId + "/schedule", token,
                Map.of("rules", rules), Map.of());
        assertThat(schedule.status()).as(schedule.raw()).isEqualTo(200);
        return resourceId;
    }

    /** A local date in Madrid some days ahead, so notice and advance rules never interfere. */
    static LocalDate daysAhead(int days) {
        return LocalDate.now(MADRID).plusDays(days);
    }

    static String at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(MADRID).toOffsetDateTime().toString();
    }

    Api.Response book(String serviceId, String start, String phone) {
        return api.post(base + "/bookings", token, Map.of("serviceId", serviceId, "start", start,
                "client", Map.of("firstName", "Lucía", "phone", phone)));
    }
}
