package io.cita.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.domain.delivery.DeliveryChannel;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures of a business's feedback: in all, per staff member and per month in the business's zone. */
class FeedbackStatsTest {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private static FeedbackRequest asked(String id, String resource, String at) {
        return FeedbackRequest.asked(id, "ten_1", "bkg_" + id, "cli_" + id, resource, "+34600000000",
                DeliveryChannel.SMS, Instant.parse(at));
    }

    @Test
    void ratingsResponsesAndClicks_areCountedInAll_perResource_andPerMonth() {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        List<FeedbackRequest> requests = List.of(
                asked("1", "res_a", "2026-11-30T23:30:00Z").rated(5, true, null, now).reviewClicked(now),
                asked("2", "res_a", "2026-11-10T10:00:00Z").rated(2, false, "h", now).answered(1, "x", false, now),
                asked("3", "res_b", "2026-11-11T10:00:00Z").rated(4, true, null, now),
                asked("4", "res_b", "2026-11-12T10:00:00Z"),
                asked("5", null, "2026-11-13T10:00:00Z").optedOut());
        FeedbackStats stats = FeedbackStats.of(requests, 4, MADRID);
        FeedbackStats.Figures total = stats.total();
        assertThat(total.requests()).isEqualTo(5);
        assertThat(total.responses()).isEqualTo(3);
        assertThat(total.responseRate()).isEqualTo(0.6);
        assertThat(total.ratings()).containsExactly(1L, 0L, 0L, 1L, 1L);
        assertThat(total.average()).isEqualTo(10.0 / 3);
        assertThat(total.happyShare()).isEqualTo(2.0 / 3);
        assertThat(total.reviewClicks()).isEqualTo(1);
        assertThat(stats.byResource()).containsOnlyKeys("res_a", "res_b", "none");
        assertThat(stats.byResource().get("res_b").average()).isEqualTo(4.0);
        assertThat(stats.byResource().get("none").average()).isNull();
        assertThat(stats.byMonth()).as("23:30 UTC on 30 November is December in Madrid")
                .containsOnlyKeys(YearMonth.of(2026, 11), YearMonth.of(2026, 12));
        assertThat(stats.byMonth().get(YearMonth.of(2026, 12)).requests()).isEqualTo(1);
        assertThat(FeedbackStats.of(List.of(), 4, MADRID).total().responseRate()).isNull();
    }
}
