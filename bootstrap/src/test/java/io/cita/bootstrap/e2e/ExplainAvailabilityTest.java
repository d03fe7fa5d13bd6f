package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Why a start can or cannot be booked (issue 13), on the staff API and the public one: each obstacle is named with a
 * sentence in the business's language, and over a whole day a start is explained bookable exactly when the slot
 * list has it.
 */
@ParameterizedClass
@EnumSource(Store.class)
class ExplainAvailabilityTest {
    private final Api api;

    ExplainAvailabilityTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    private Api.Response explain(TenantFixture tenant, String serviceId, String start) {
        return api.get(tenant.base + "/availability/explain?serviceId=" + serviceId + "&start="
                + URLEncoder.encode(start, StandardCharsets.UTF_8), tenant.token);
    }

    private String code(TenantFixture tenant, String serviceId, String start) {
        Api.Response answer = explain(tenant, serviceId, start);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body().get("reasons").isEmpty() ? "bookable"
                : answer.body().get("reasons").get(0).get("code").asText();
    }

    @Test
    void eachObstacleIsNamed_andOverADayBookableIsExactlyWhatTheSlotListHas() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of("bufferBeforeMinutes", 15, "minNoticeMinutes", 60));
        tenant.createStaff(serviceId);
        LocalDate day = TenantFixture.daysAhead(5);
        assertThat(tenant.book(serviceId, TenantFixture.at(day, 10, 0), "+34611" + String.format("%06d",
                day.getDayOfYear())).status()).isEqualTo(201);

        assertThat(code(tenant, serviceId, TenantFixture.at(day, 9, 0))).isEqualTo("bookable");
        assertThat(code(tenant, serviceId, TenantFixture.at(day, 10, 0))).isEqualTo("taken");
        assertThat(code(tenant, serviceId, TenantFixture.at(day, 10, 45))).isEqualTo("buffer_overlap");
        assertThat(code(tenant, serviceId, TenantFixture.at(day, 22, 0))).isEqualTo("outside_working_hours");
        assertThat(code(tenant, serviceId, TenantFixture.at(TenantFixture.daysAhead(-1), 10, 0)))
                .isEqualTo("min_notice");
        assertThat(code(tenant, serviceId, TenantFixture.at(TenantFixture.daysAhead(90), 10, 0)))
                .isEqualTo("beyond_advance_window");
        Api.Response taken = explain(tenant, serviceId, TenantFixture.at(day, 10, 0));
        assertThat(taken.body().get("bookable").asBoolean()).isFalse();
        assertThat(taken.body().get("reasons").get(0).get("message").asText()).isEqualTo("Esa hora ya está reservada.");

        Set<Instant> listed = new HashSet<>();
        api.get(tenant.base + "/availability?serviceId=" + serviceId + "&from=" + day + "&to=" + day, tenant.token)
                .body().get("slots").forEach(slot -> listed.add(OffsetDateTime.parse(slot.get("start").asText())
                        .toInstant()));
        for (int minutes = 8 * 60; minutes < 22 * 60; minutes += 30) {
            String start = TenantFixture.at(day, minutes / 60, minutes % 60);
            boolean bookable = explain(tenant, serviceId, start).body().get("bookable").asBoolean();
            assertThat(bookable).as(start).isEqualTo(listed.contains(OffsetDateTime.parse(start).toInstant()));
        }
    }

    @Test
    void thePublicApiExplainsToo_andBadParametersAreNamed() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        tenant.createStaff(serviceId);
        AbuseLimitsTest.Widget widget = AbuseLimitsTest.Widget.of(api, tenant);
        String start = URLEncoder.encode(TenantFixture.at(TenantFixture.daysAhead(3), 23, 0), StandardCharsets.UTF_8);
        Api.Response open = api.send("GET", widget.path() + "/availability/explain?serviceId=" + serviceId + "&start="
                + start, null, null, widget.headers());
        assertThat(open.status()).as(open.raw()).isEqualTo(200);
        assertThat(open.body().get("reasons").get(0).get("code").asText()).isEqualTo("outside_working_hours");

        for (Map.Entry<String, String> bad : Map.of("?serviceId=" + serviceId, "start", "?serviceId=" + serviceId
                + "&start=tomorrow", "start", "?start=" + start, "serviceId").entrySet()) {
            Api.Response refused = api.get(tenant.base + "/availability/explain" + bad.getKey(), tenant.token);
            assertThat(refused.status()).as(bad.getKey()).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo(bad.getValue());
        }
    }
}
