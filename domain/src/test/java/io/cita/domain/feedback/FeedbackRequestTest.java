package io.cita.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** A request for feedback: the 72 hours a reply counts, the private form's 14 days, and each change's version. */
class FeedbackRequestTest {
    private static final Instant ASKED = Instant.parse("2026-11-20T10:00:00Z");

    private static FeedbackRequest asked() {
        return FeedbackRequest.asked("fbk_1", "ten_1", "bkg_1", "cli_1", "res_1", "+34600000001",
                DeliveryChannel.SMS, ASKED);
    }

    @Property
    void aReplyCounts_fromTheRequest_forSeventyTwoHours(@ForAll @LongRange(min = -100_000, max = 400_000) long s) {
        Instant at = ASKED.plusSeconds(s);
        boolean inWindow = s >= 0 && Duration.ofSeconds(s).compareTo(Duration.ofHours(72)) < 0;
        assertThat(asked().awaitsAReplyAt(at)).isEqualTo(inWindow);
        assertThat(asked().rated(5, true, null, ASKED).awaitsAReplyAt(at)).as("once rated, never").isFalse();
    }

    @Test
    void anUnhappyRating_opensTheFormForFourteenDays_andSendingItSpendsIt() {
        Instant now = ASKED.plus(Duration.ofHours(1));
        FeedbackRequest unhappy = asked().rated(2, false, "hash", now);
        assertThat(unhappy.status()).isEqualTo(FeedbackStatus.UNHAPPY);
        assertThat(unhappy.version()).isEqualTo(2);
        assertThat(unhappy.formOpenAt(now.plus(Duration.ofDays(14)).minusSeconds(1))).isTrue();
        assertThat(unhappy.formOpenAt(now.plus(Duration.ofDays(14)))).isFalse();
        FeedbackRequest answered = unhappy.answered(1, "  cold  ", true, now.plusSeconds(60));
        assertThat(answered.formOpenAt(now.plusSeconds(61))).isFalse();
        assertThat(answered.formHash()).isNull();
        assertThat(answered.comment()).isEqualTo("cold");
        assertThat(answered.status().rated()).isTrue();
        assertThat(asked().rated(5, true, null, now).formOpenAt(now)).as("a happy one has no form").isFalse();
    }

    @Test
    void aRatingOutsideOneToFive_andOverlongTexts_areRefused() {
        assertThatThrownBy(() -> asked().rated(6, true, null, ASKED)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> asked().rated(2, false, "h", ASKED).answered(2, "x".repeat(2001), false, ASKED))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> asked().handled("x".repeat(2001), ASKED)).isInstanceOf(InvalidValueException.class);
        assertThat(asked().handled("  ", ASKED).note()).isNull();
        assertThat(asked().optedOut().status().rated()).isFalse();
    }
}
