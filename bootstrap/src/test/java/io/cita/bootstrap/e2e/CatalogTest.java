package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Keeping the catalog, resources, schedules, exceptions and clients over HTTP. */
@ParameterizedClass
@EnumSource(Store.class)
class CatalogTest {
    private final Api api;

    CatalogTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    @Test
    void categoriesAndServicesAreCreatedPatchedListedAndDeactivated() {
        TenantFixture tenant = TenantFixture.signUp(api);
        Api.Response category = api.post(tenant.base + "/categories", tenant.token, Map.of("name", "Color"));
        assertThat(category.status()).isEqualTo(201);
        String serviceId = tenant.createService(Map.of("categoryId", category.text("id")));

        Api.Response patched = api.send("PATCH", tenant.base + "/services/" + serviceId, tenant.token,
                Map.of("name", "Balayage", "durationMinutes", 90), Map.of());
        assertThat(patched.status()).as(patched.raw()).isEqualTo(200);
        assertThat(patched.text("name")).isEqualTo("Balayage");
        assertThat(patched.text("durationMinutes")).isEqualTo("90");
        assertThat(patched.text("categoryId")).isEqualTo(category.text("id"));

        Api.Response deactivated = api.send("DELETE", tenant.base + "/services/" + serviceId, tenant.token, null, Map.of());
        assertThat(deactivated.text("active")).isEqualTo("false");
        assertThat(api.get(tenant.base + "/services", tenant.token).body().get("items")).hasSize(1);
        Api.Response noSlots = api.get(tenant.base + "/availability?serviceId=" + serviceId + "&from="
                + TenantFixture.daysAhead(3) + "&to=" + TenantFixture.daysAhead(3), tenant.token);
        assertThat(noSlots.body().get("slots")).isEmpty();

        assertThat(api.post(tenant.base + "/services", tenant.token, Map.of("name", "X", "durationMinutes", 30,
                "categoryId", "cat_nope", "price", Map.of("amount", 1, "currency", "EUR"))).status()).isEqualTo(400);
    }

    @Test
    void exceptionsShapeAvailability_andDeletingThemRestoresIt() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of("durationMinutes", 60, "slotIntervalMinutes", 60));
        String staffId = tenant.createStaff(serviceId);
        LocalDate day = TenantFixture.daysAhead(11);
        String exceptions = tenant.base + "/resources/" + staffId + "/exceptions";

        Api.Response lunch = api.post(exceptions, tenant.token, Map.of("kind", "BLOCK_TIMES", "date", day.toString(),
                "start", "12:00", "end", "15:00", "reason", "lunch"));
        assertThat(lunch.status()).as(lunch.raw()).isEqualTo(201);
        Api.Response late = api.post(exceptions, tenant.token, Map.of("kind", "OVERRIDE_HOURS",
                "date", day.plusDays(1).toString(), "start", "18:00", "end", "20:00"));
        assertThat(late.status()).isEqualTo(201);
        assertThat(api.get(exceptions, tenant.token).body()).hasSize(2);

        assertThat(starts(tenant, serviceId, day)).hasSize(9).noneMatch(start -> start.contains("T12:")
                || start.contains("T13:") || start.contains("T14:"));
        assertThat(starts(tenant, serviceId, day.plusDays(1))).hasSize(2);

        assertThat(api.send("DELETE", exceptions + "/" + lunch.text("id"), tenant.token, null, Map.of()).status())
                .isEqualTo(204);
        assertThat(starts(tenant, serviceId, day)).hasSize(12);
        assertThat(api.send("DELETE", exceptions + "/" + lunch.text("id"), tenant.token, null, Map.of()).status())
                .isEqualTo(404);
    }

    /** The booking paths keep the catalog in memory per catalog version: each change must reach the next request. */
    @Test
    void everyCatalogChange_isSeenByTheVeryNextBooking() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of("durationMinutes", 60, "slotIntervalMinutes", 60));
        String staffId = tenant.createStaff(serviceId);
        LocalDate day = TenantFixture.daysAhead(12);
        assertThat(starts(tenant, serviceId, day)).hasSize(12);
        String exceptions = tenant.base + "/resources/" + staffId + "/exceptions";

        Api.Response closed = api.post(exceptions, tenant.token, Map.of("kind", "BLOCK_DATE", "date", day.toString()));
        assertThat(closed.status()).as(closed.raw()).isEqualTo(201);
        Api.Response refused = tenant.book(serviceId, TenantFixture.at(day, 10, 0), "+34600000061");
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);

        api.send("DELETE", exceptions + "/" + closed.text("id"), tenant.token, null, Map.of());
        Api.Response longer = api.send("PATCH", tenant.base + "/services/" + serviceId, tenant.token,
                Map.of("durationMinutes", 90), Map.of());
        assertThat(longer.status()).as(longer.raw()).isEqualTo(200);
        Api.Response booked = tenant.book(serviceId, TenantFixture.at(day, 10, 0), "+34600000061");
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
        assertThat(OffsetDateTime.parse(booked.text("end")))
                .isEqualTo(OffsetDateTime.parse(TenantFixture.at(day, 11, 30)));

        List<Map<String, String>> mornings = List.of(Map.of("dayOfWeek", day.getDayOfWeek().name(), "start", "09:00",
                "end", "12:00"));
        api.send("PUT", tenant.base + "/resources/" + staffId + "/schedule", tenant.token, Map.of("rules", mornings),
                Map.of());
        Api.Response afternoon = tenant.book(serviceId, TenantFixture.at(day, 15, 0), "+34600000062");
        assertThat(afternoon.status()).as(afternoon.raw()).isEqualTo(422);
    }

    @Test
    void theScheduleReadsBackAsWritten() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String staffId = api.post(tenant.base + "/resources", tenant.token, Map.of("name", "Room", "type", "ROOM"))
                .text("id");
        List<Map<String, String>> rules = List.of(Map.of("dayOfWeek", "MONDAY", "start", "09:00", "end", "13:30"),
                Map.of("dayOfWeek", "FRIDAY", "start", "16:00", "end", "00:00", "effectiveFrom", "2030-01-01"));
        api.send("PUT", tenant.base + "/resources/" + staffId + "/schedule", tenant.token, Map.of("rules", rules), Map.of());

        Api.Response schedule = api.get(tenant.base + "/resources/" + staffId + "/schedule", tenant.token);
        assertThat(schedule.body().get("rules")).hasSize(2);
        assertThat(schedule.body().get("rules").get(1).get("end").asText()).isEqualTo("00:00");
        assertThat(schedule.body().get("rules").get(1).get("effectiveFrom").asText()).isEqualTo("2030-01-01");
    }

    @Test
    void clientsAreUniqueByPhoneAndEmailWithinATenant() {
        TenantFixture tenant = TenantFixture.signUp(api);
        Api.Response client = api.post(tenant.base + "/clients", tenant.token, Map.of("firstName", "Lucía",
                "email", "Lucia@Example.com", "phone", "+34 600 000 050"));
        assertThat(client.status()).as(client.raw()).isEqualTo(201);
        assertThat(client.text("email")).isEqualTo("lucia@example.com");
        assertThat(client.text("phone")).isEqualTo("+34600000050");

        Api.Response twin = api.post(tenant.base + "/clients", tenant.token, Map.of("firstName", "Other",
                "phone", "+34600000050"));
        assertThat(twin.status()).isEqualTo(409);
        assertThat(twin.body().get("errors").get(0).get("field").asText()).isEqualTo("phone");

        Api.Response patched = api.send("PATCH", tenant.base + "/clients/" + client.text("id"), tenant.token,
                Map.of("lastName", "Pérez"), Map.of());
        assertThat(patched.text("lastName")).isEqualTo("Pérez");
        assertThat(patched.text("phone")).isEqualTo("+34600000050");
        assertThat(api.send("DELETE", tenant.base + "/clients/" + client.text("id"), tenant.token, null, Map.of())
                .text("active")).isEqualTo("false");
        assertThat(api.post(tenant.base + "/clients", tenant.token,
                Map.of("firstName", "Nobody")).status()).isEqualTo(400);
    }

    @Test
    void theTenantProfileCanBePatched_butNotItsPlanOrStatus() {
        TenantFixture tenant = TenantFixture.signUp(api);
        Api.Response patched = api.send("PATCH", tenant.base, tenant.token, Map.of("name", "Renamed",
                "timezone", "America/New_York", "locale", "en", "settings", Map.of("color", "teal")), Map.of());
        assertThat(patched.status()).as(patched.raw()).isEqualTo(200);
        assertThat(patched.text("timezone")).isEqualTo("America/New_York");
        assertThat(patched.text("settings.color")).isEqualTo("teal");

        Api.Response feedback = api.send("PATCH", tenant.base, tenant.token, Map.of("settings", Map.of(
                "feedback.enabled", "true", "feedback.happyThreshold", "5", "feedback.googlePlaceId",
                "ChIJN1t_tDeuEmsRUsoyG83frY4")), Map.of());
        assertThat(feedback.status()).as(feedback.raw()).isEqualTo(200);
        Api.Response badFeedback = api.send("PATCH", tenant.base, tenant.token, Map.of("settings", Map.of(
                "feedback.happyThreshold", "9")), Map.of());
        assertThat(badFeedback.status()).isEqualTo(400);
        assertThat(badFeedback.body().get("errors").get(0).get("field").asText())
                .isEqualTo("settings.feedback.happyThreshold");
        assertThat(api.get(tenant.base, tenant.token).body().get("settings").get("feedback.happyThreshold").asText())
                .as("nothing of a refused change is kept").isEqualTo("5");

        Api.Response sneaky = api.send("PATCH", tenant.base, tenant.token, Map.of("plan", "ENTERPRISE"), Map.of());
        assertThat(sneaky.status()).isEqualTo(400);
        assertThat(api.get(tenant.base, tenant.token).text("plan")).isEqualTo("FREE");
    }

    private List<String> starts(TenantFixture tenant, String serviceId, LocalDate day) {
        Api.Response response = api.get(tenant.base + "/availability?serviceId=" + serviceId + "&from=" + day
                + "&to=" + day, tenant.token);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<String> starts = new ArrayList<>();
        response.body().get("slots").forEach(slot -> starts.add(slot.get("start").asText()));
        return starts;
    }
}
