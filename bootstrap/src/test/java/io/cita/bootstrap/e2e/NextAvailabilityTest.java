package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The next bookable starts (issue 13's agent-grade availability), on the staff API and the public one: they are the
 * slot list's first starts from the moment asked, with the resources' names; a part of the day narrows them; a
 * booking takes its starts away; bad parameters are 400 naming the parameter.
 */
@ParameterizedClass
@EnumSource(Store.class)
class NextAvailabilityTest {
    private final Api api;

    NextAvailabilityTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<Instant> starts(JsonNode slots) {
        List<Instant> starts = new ArrayList<>();
        slots.forEach(slot -> starts.add(OffsetDateTime.parse(slot.get("start").asText()).toInstant()));
        return starts;
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return OffsetDateTime.parse(TenantFixture.at(day, hour, minute)).toInstant();
    }

    @Test
    void theNextStartsAreTheSlotListsFirstOnesFromTheMomentAsked_andABookingTakesItsStartsAway() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        tenant.createStaff(serviceId);
        LocalDate day = TenantFixture.daysAhead(4);
        String after = TenantFixture.at(day, 10, 0);
        String route = tenant.base + "/availability/next?serviceId=" + serviceId + "&after=" + encoded(after);

        Api.Response next = api.get(route + "&n=3", tenant.token);
        assertThat(next.status()).as(next.raw()).isEqualTo(200);
        assertThat(next.text("timezone")).isEqualTo("Europe/Madrid");
        assertThat(starts(next.body().get("slots"))).containsExactly(at(day, 10, 0), at(day, 10, 15),
                at(day, 10, 30));
        assertThat(next.body().get("slots").get(0).get("resourceNames").get(0).asText()).isEqualTo("María");

        assertThat(tenant.book(serviceId, after, "+34612000" + String.format("%03d", day.getDayOfMonth())).status())
                .isEqualTo(201);
        List<Instant> listed = starts(api.get(tenant.base + "/availability?serviceId=" + serviceId + "&from=" + day
                + "&to=" + day.plusDays(1), tenant.token).body().get("slots"));
        List<Instant> fromTheList = listed.stream().filter(start -> !start.isBefore(at(day, 10, 0))).limit(5).toList();
        List<Instant> afterBooking = starts(api.get(route, tenant.token).body().get("slots"));
        assertThat(afterBooking).hasSize(5).isEqualTo(fromTheList).startsWith(at(day, 10, 45));

        Api.Response evening = api.get(route + "&n=2&partOfDay=evening", tenant.token);
        assertThat(starts(evening.body().get("slots"))).containsExactly(at(day, 18, 0), at(day, 18, 15));
    }

    @Test
    void thePublicApiAnswersTheSame() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        tenant.createStaff(serviceId);
        AbuseLimitsTest.Widget widget = AbuseLimitsTest.Widget.of(api, tenant);
        String query = "/availability/next?serviceId=" + serviceId + "&n=4&after="
                + encoded(TenantFixture.at(TenantFixture.daysAhead(6), 9, 0));
        Api.Response staff = api.get(tenant.base + query, tenant.token);
        Api.Response open = api.send("GET", widget.path() + query, null, null, widget.headers());
        assertThat(open.status()).as(open.raw()).isEqualTo(200);
        assertThat(open.body().get("slots")).isEqualTo(staff.body().get("slots")).hasSize(4);
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        String route = tenant.base + "/availability/next?serviceId=" + serviceId;
        Map<String, String> bad = Map.of("&n=0", "n", "&n=many", "n", "&n=21", "n", "&partOfDay=night", "partOfDay",
                "&after=tomorrow", "after", "&resourceId=res_nobody", "resourceId");
        bad.forEach((parameter, field) -> {
            Api.Response refused = api.get(route + parameter, tenant.token);
            assertThat(refused.status()).as(parameter).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asText()).as(parameter).isEqualTo(field);
        });
        Api.Response noService = api.get(tenant.base + "/availability/next", tenant.token);
        assertThat(noService.body().get("errors").get(0).get("field").asText()).isEqualTo("serviceId");
    }
}
