package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A resource's private calendar feed end to end: its URL, shown once, gives the resource's bookings as iCalendar
 * that ical4j parses back (cancelled ones left out); a new feed revokes the old; a revoked, tampered or unknown URL
 * gets the same 404; fetches are rate-limited per address.
 */
@ParameterizedClass
@EnumSource(Store.class)
class CalendarFeedTest {
    private final Api api;

    CalendarFeedTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    private static String path(Api.Response created) {
        return URI.create(created.text("url")).getPath();
    }

    @Test
    void theFeedListsTheResourcesBookings_untilItIsReplacedOrRevoked() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        String staffId = tenant.createStaff(serviceId);
        LocalDate day = TenantFixture.daysAhead(2);
        Api.Response kept = tenant.book(serviceId, TenantFixture.at(day, 10, 0), "+34612000001");
        Api.Response dropped = tenant.book(serviceId, TenantFixture.at(day, 12, 0), "+34612000002");
        api.post(tenant.base + "/bookings/" + dropped.text("id") + "/cancel", tenant.token, Map.of());
        String feeds = tenant.base + "/resources/" + staffId + "/calendar-feed";

        Api.Response created = api.post(feeds, tenant.token, Map.of());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("url")).endsWith(".ics").contains("/ics/cal_");
        Api.Response feed = api.get(path(created), null);
        assertThat(feed.status()).as(feed.raw()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.raw()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(kept.text("id") + "@cita");
            assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Haircut · "
                    + kept.text("reference"));
            assertThat(Instant.from(event.getDateTimeStart().getDate()))
                    .isEqualTo(Instant.parse(kept.text("start")));
        });

        Api.Response replaced = api.post(feeds, tenant.token, Map.of());
        assertThat(api.get(path(created), null).status()).isEqualTo(404);
        assertThat(api.get(path(replaced), null).status()).isEqualTo(200);
        String tampered = path(replaced).replace(".ics", "x.ics");
        assertThat(api.get(tampered, null).status()).isEqualTo(404);
        assertThat(api.send("DELETE", feeds, tenant.token, null, Map.of()).status()).isEqualTo(204);
        Api.Response revoked = api.get(path(replaced), null);
        Api.Response unknown = api.get("/ics/cal_nothing.secret.ics", null);
        assertThat(revoked.status()).isEqualTo(404);
        assertThat(revoked.raw()).isEqualTo(unknown.raw());
        assertThat(api.send("DELETE", feeds, tenant.token, null, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void fetchesAreRateLimitedPerAddress() {
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            Api.Response response = api.get("/ics/cal_guess" + i + ".secret.ics", null);
            assertThat(response.status()).isIn(404, 429);
            refused += response.status() == 429 ? 1 : 0;
        }
        assertThat(refused).isPositive();
    }
}
