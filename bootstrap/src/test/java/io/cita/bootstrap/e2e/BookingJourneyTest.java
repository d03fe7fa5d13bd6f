package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The booking core end to end over HTTP on the booted service. */
@ParameterizedClass
@EnumSource(Store.class)
class BookingJourneyTest {
    private final Api api;

    BookingJourneyTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    @Test
    void signupCatalogScheduleAvailabilityBookDoubleBookCancelAndTheSlotIsFreeAgain() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of("bufferAfterMinutes", 15));
        String staffId = tenant.createStaff(serviceId);
        LocalDate day = TenantFixture.daysAhead(7);

        Api.Response availability = api.get(tenant.base + "/availability?serviceId=" + serviceId + "&from=" + day
                + "&to=" + day, tenant.token);
        assertThat(availability.status()).isEqualTo(200);
        assertThat(availability.text("timezone")).isEqualTo("Europe/Madrid");
        String first = availability.body().get("slots").get(0).get("start").asText();
        assertThat(first).startsWith(day + "T09:00:00");
        assertThat(availability.body().get("slots").get(0).get("resourceIds").get(0).asText()).isEqualTo(staffId);

        Api.Response booked = tenant.book(serviceId, first, "+34600000001");
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
        assertThat(booked.text("status")).isEqualTo("CONFIRMED");
        assertThat(booked.text("reference")).hasSize(8);
        assertThat(booked.text("price.amount")).isEqualTo("2500");

        Api.Response twice = tenant.book(serviceId, first, "+34600000002");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(twice.text("code")).isEqualTo("slot-unavailable");

        Api.Response after = api.get(tenant.base + "/availability?serviceId=" + serviceId + "&from=" + day
                + "&to=" + day, tenant.token);
        List<String> starts = new ArrayList<>();
        after.body().get("slots").forEach(slot -> starts.add(slot.get("start").asText()));
        assertThat(starts).doesNotContain(first);
        assertThat(starts.get(0)).startsWith(day + "T10:00");

        Api.Response cancelled = api.post(tenant.base + "/bookings/" + booked.text("id") + "/cancel", tenant.token,
                Map.of("reason", "client called"));
        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.text("cancellationReason")).isEqualTo("client called");

        assertThat(tenant.book(serviceId, first, "+34600000002").status()).isEqualTo(201);
    }

    @Test
    void aBufferReachingBackIntoAnEarlierBookingIsRefused_andOneEndingWhereItBeginsIsNot() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of("bufferBeforeMinutes", 30));
        tenant.createStaff(serviceId);
        LocalDate day = TenantFixture.daysAhead(9);

        // 45 minutes with 30 before: 10:00 occupies 09:30-10:45, 11:00 would occupy 10:30-11:45, 11:15 10:45-12:00
        assertThat(tenant.book(serviceId, TenantFixture.at(day, 10, 0), "+34600000051").status()).isEqualTo(201);
        assertThat(tenant.book(serviceId, TenantFixture.at(day, 11, 0), "+34600000052").status()).isEqualTo(409);
        assertThat(tenant.book(serviceId, TenantFixture.at(day, 11, 15), "+34600000052").status()).isEqualTo(201);
    }

    @Test
    void aHoldKeepsTheSlotFromOthers_andItsHolderBooksIt() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        tenant.createStaff(serviceId);
        String start = TenantFixture.at(TenantFixture.daysAhead(8), 11, 0);

        Api.Response hold = api.post(tenant.base + "/holds", tenant.token, Map.of("serviceId", serviceId, "start", start));
        assertThat(hold.status()).as(hold.raw()).isEqualTo(201);
        assertThat(hold.text("expiresAt")).isNotNull();

        assertThat(tenant.book(serviceId, start, "+34600000003").status()).isEqualTo(409);
        Api.Response mine = api.post(tenant.base + "/bookings", tenant.token, Map.of("serviceId", serviceId,
                "start", start, "holdId", hold.text("id"), "client", Map.of("firstName", "Eva", "phone", "+34600000004")));
        assertThat(mine.status()).as(mine.raw()).isEqualTo(201);
        assertThat(api.send("DELETE", tenant.base + "/holds/" + hold.text("id"), tenant.token, null, Map.of())
                .status()).isEqualTo(404);
    }

    @Test
    void aBookingMovesThroughItsLife_andRefusesTransitionsItCannotMake() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of("requiresConfirmation", true));
        tenant.createStaff(serviceId);
        LocalDate day = TenantFixture.daysAhead(9);
        Api.Response booked = tenant.book(serviceId, TenantFixture.at(day, 9, 0), "+34600000005");
        assertThat(booked.text("status")).isEqualTo("PENDING");
        String path = tenant.base + "/bookings/" + booked.text("id");

        Api.Response moved = api.post(path + "/reschedule", tenant.token, Map.of("start", TenantFixture.at(day, 12, 0)));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(moved.text("start")).startsWith(day + "T12:00");
        assertThat(tenant.book(serviceId, TenantFixture.at(day, 9, 0), "+34600000006").status()).isEqualTo(201);

        assertThat(api.post(path + "/complete", tenant.token, null).text("rule")).isEqualTo("INVALID_TRANSITION");
        assertThat(api.post(path + "/confirm", tenant.token, null).text("status")).isEqualTo("CONFIRMED");
        assertThat(api.post(path + "/complete", tenant.token, null).text("status")).isEqualTo("COMPLETED");
        Api.Response cancel = api.post(path + "/cancel", tenant.token, null);
        assertThat(cancel.status()).isEqualTo(422);
        assertThat(cancel.text("code")).isEqualTo("booking-rule-violated");

        Api.Response listed = api.get(tenant.base + "/bookings?status=COMPLETED", tenant.token);
        assertThat(listed.body().get("items")).hasSize(1);
        assertThat(api.get(path, tenant.token).text("version")).isEqualTo("4");
    }

    @Test
    void bookingRulesAnswer422WithTheRuleBroken() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of("minNoticeMinutes", 120, "maxAdvanceDays", 10));
        tenant.createStaff(serviceId);

        Map<String, String> cases = Map.of(
                TenantFixture.at(TenantFixture.daysAhead(-1), 10, 0), "IN_PAST",
                TenantFixture.at(TenantFixture.daysAhead(30), 10, 0), "MAX_ADVANCE",
                TenantFixture.at(TenantFixture.daysAhead(3), 6, 0), "OUTSIDE_AVAILABILITY",
                TenantFixture.at(TenantFixture.daysAhead(3), 10, 7), "OUTSIDE_AVAILABILITY");
        cases.forEach((start, rule) -> {
            Api.Response response = tenant.book(serviceId, start, "+34600000007");
            assertThat(response.status()).as(start).isEqualTo(422);
            assertThat(response.text("rule")).as(start).isEqualTo(rule);
        });
        Api.Response seats = api.post(tenant.base + "/bookings", tenant.token, Map.of("serviceId", serviceId,
                "start", TenantFixture.at(TenantFixture.daysAhead(3), 10, 0), "seats", 2,
                "client", Map.of("firstName", "A", "phone", "+34600000008")));
        assertThat(seats.text("rule")).isEqualTo("CAPACITY_EXCEEDED");
    }

    @Test
    void aClassOffersItsSlotUntilTheSeatsAreTaken() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String yoga = tenant.createService(Map.of("name", "Yoga", "durationMinutes", 60, "slotIntervalMinutes", 60,
                "capacity", 3));
        tenant.createStaff(yoga);
        LocalDate day = TenantFixture.daysAhead(10);
        String start = TenantFixture.at(day, 9, 0);

        assertThat(api.post(tenant.base + "/bookings", tenant.token, Map.of("serviceId", yoga, "start", start,
                "seats", 2, "client", Map.of("firstName", "A", "phone", "+34600000010"))).status()).isEqualTo(201);
        Api.Response availability = api.get(tenant.base + "/availability?serviceId=" + yoga + "&from=" + day
                + "&to=" + day, tenant.token);
        assertThat(availability.body().get("slots").get(0).get("seatsLeft").asInt()).isEqualTo(1);
        assertThat(tenant.book(yoga, start, "+34600000011").status()).isEqualTo(201);
        assertThat(tenant.book(yoga, start, "+34600000012").status()).isEqualTo(409);
    }

    @Test
    void aFourthServiceOnTheFreePlanIsRefusedWithTheLimit() {
        TenantFixture tenant = TenantFixture.signUp(api);
        for (int i = 0; i < 3; i++) {
            tenant.createService(Map.of("name", "Service " + i));
        }
        Api.Response fourth = api.post(tenant.base + "/services", tenant.token, Map.of("name", "One too many",
                "durationMinutes", 30, "price", Map.of("amount", 100, "currency", "EUR")));

        assertThat(fourth.status()).isEqualTo(403);
        assertThat(fourth.text("code")).isEqualTo("plan-limit-exceeded");
        assertThat(fourth.text("limit")).isEqualTo("SERVICES");
        Api.Response usage = api.get(tenant.base + "/usage", tenant.token);
        assertThat(usage.text("plan")).isEqualTo("FREE");
        assertThat(usage.text("limits.services")).isEqualTo("3");
    }
}
