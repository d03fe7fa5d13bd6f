package io.cita.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A delivery's life: attempts counted, retries on the schedule (with bounded jitter), then dead; replays start over. */
class DeliveryTest {
    private static final Instant NOW = Instant.parse("2031-03-10T09:00:00Z");

    private static Delivery queued() {
        return Delivery.queued("dlv_1", "ten_1", "evt_1", DeliveryChannel.WEBHOOK, "whe_1", EventType.BOOKING_CREATED,
                "{}", NOW);
    }

    @Test
    void failuresFollowTheScheduleThenTheDeliveryIsDead() {
        RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5)));
        Delivery first = queued().sending(NOW).failed("HTTP 500", schedule, 0, null, NOW);
        assertThat(first.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusSeconds(5));

        Delivery second = first.sending(NOW).failed("HTTP 500", schedule, 0, Duration.ofMinutes(10), NOW);
        assertThat(second.nextAttemptAt()).as("a longer Retry-After wins").isEqualTo(NOW.plus(Duration.ofMinutes(10)));

        Delivery third = second.sending(NOW).failed("HTTP 500", schedule, 0, null, NOW);
        assertThat(third.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(third.attempts()).isEqualTo(schedule.attempts());
        assertThat(third.nextAttemptAt()).isNull();
        assertThat(third.lastError()).isEqualTo("HTTP 500");
    }

    @Test
    void aSentDeliveryKeepsItsProviderId_andAReplayIsDueAtOnceWithItsAttemptsAfresh() {
        Delivery sent = queued().sending(NOW).sent("msg-9", NOW);
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.providerMessageId()).isEqualTo("msg-9");

        Delivery replayed = sent.replayed(NOW.plusSeconds(60));
        assertThat(replayed.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(replayed.attempts()).isZero();
        assertThat(replayed.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(replayed.status().pending()).isTrue();
        assertThat(sent.status().pending()).isFalse();
    }

    @Test
    void theStandardWebhooksScheduleGivesEightAttemptsOverAboutADay() {
        assertThat(RetrySchedule.WEBHOOKS.attempts()).isEqualTo(8);
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < RetrySchedule.WEBHOOKS.attempts(); attempt++) {
            total = total.plus(RetrySchedule.WEBHOOKS.after(attempt, 0));
        }
        assertThat(total).isBetween(Duration.ofHours(27), Duration.ofHours(28));
        assertThat(RetrySchedule.MESSAGES.attempts()).isEqualTo(3);
    }

    @Property
    void jitterStretchesADelayByAtMostATenth(@ForAll @IntRange(min = 1, max = 7) int attempt,
                                             @ForAll @DoubleRange(min = 0, max = 1) double jitter) {
        Duration base = RetrySchedule.WEBHOOKS.after(attempt, 0);
        Duration delay = RetrySchedule.WEBHOOKS.after(attempt, jitter);
        assertThat(delay).isBetween(base, base.plusMillis(base.toMillis() / 10 + 1));
    }

    @Test
    void theCatalogueNamesEveryBookingChange_andAnEndpointWithoutTypesTakesThemAll() {
        assertThat(EventType.ofBookingChange("created")).contains(EventType.BOOKING_CREATED);
        assertThat(EventType.ofBookingChange("NO_SHOW")).contains(EventType.BOOKING_NO_SHOW);
        assertThat(EventType.ofBookingChange("exploded")).isEmpty();
        WebhookEndpoint all = WebhookEndpoint.of("whe_1", "ten_1", "https://x.example/h", null, "whsec_x", NOW);
        assertThat(all.subscribesTo(EventType.HOLD_EXPIRED)).isTrue();
        assertThat(all.disabled("410").subscribesTo(EventType.HOLD_EXPIRED)).isFalse();
    }

    @Test
    void anOutboxRecordIsReadAsABookingsChangeOrByItsWireName_andOnlyBookingTypesAreAboutABooking() {
        assertThat(EventType.ofOutboxRecord("cancelled")).contains(EventType.BOOKING_CANCELLED);
        assertThat(EventType.ofOutboxRecord("hold.expired")).contains(EventType.HOLD_EXPIRED);
        assertThat(EventType.ofOutboxRecord("client.opted_out")).contains(EventType.CLIENT_OPTED_OUT);
        assertThat(EventType.ofOutboxRecord("hold.exploded")).isEmpty();
        assertThat(EventType.ofOutboxRecord(null)).isEmpty();
        assertThat(EventType.BOOKING_NO_SHOW.aboutABooking()).isTrue();
        assertThat(EventType.HOLD_EXPIRED.aboutABooking()).isFalse();
        assertThat(EventType.CLIENT_OPTED_OUT.aboutABooking()).isFalse();
    }

    @Test
    void aRotatedEndpointSignsWithBothSecretsUntilTheOverlapEnds() {
        WebhookEndpoint endpoint = WebhookEndpoint.of("whe_1", "ten_1", "https://x.example/h", null, "whsec_old", NOW);
        WebhookEndpoint rotated = endpoint.rotated("whsec_new", NOW, Duration.ofHours(24));

        assertThat(endpoint.secretsAt(NOW)).containsExactly("whsec_old");
        assertThat(rotated.secretsAt(NOW.plusSeconds(3600))).containsExactly("whsec_new", "whsec_old");
        assertThat(rotated.secretsAt(NOW.plus(Duration.ofHours(24)))).containsExactly("whsec_new");
    }
}
