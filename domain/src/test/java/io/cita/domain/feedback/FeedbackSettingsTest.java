package io.cita.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A business's feedback settings: their defaults, a Google place id turned into the review link, wrong ones named. */
class FeedbackSettingsTest {
    @Test
    void defaults_andWhatABusinessSets() {
        FeedbackSettings none = FeedbackSettings.of(Map.of());
        assertThat(none).isEqualTo(new FeedbackSettings(false, Duration.ofHours(2), DeliveryChannel.SMS, 4,
                java.util.Optional.empty()));
        FeedbackSettings set = FeedbackSettings.of(Map.of("feedback.enabled", "true", "feedback.delayMinutes", "90",
                "feedback.channel", "whatsapp", "feedback.happyThreshold", "5",
                "feedback.googlePlaceId", "ChIJN1t_tDeuEmsRUsoyG83frY4"));
        assertThat(set.enabled()).isTrue();
        assertThat(set.delay()).isEqualTo(Duration.ofMinutes(90));
        assertThat(set.channel()).isEqualTo(DeliveryChannel.WHATSAPP);
        assertThat(set.reviewUrl()).contains(
                "https://search.google.com/local/writereview?placeid=ChIJN1t_tDeuEmsRUsoyG83frY4");
        assertThat(set.happy(5)).isTrue();
        assertThat(set.happy(4)).isFalse();
        assertThat(FeedbackSettings.of(Map.of("feedback.reviewUrl", "https://www.tripadvisor.com/r/1")).reviewUrl())
                .contains("https://www.tripadvisor.com/r/1");
    }

    @Test
    void aWrongSettingIsRefused_namingIt() {
        Map<String, String> wrong = Map.of("feedback.enabled", "yes", "feedback.delayMinutes", "-5",
                "feedback.channel", "EMAIL", "feedback.happyThreshold", "6", "feedback.googlePlaceId", "x y",
                "feedback.reviewUrl", "http://insecure.example");
        wrong.forEach((key, value) -> assertThatThrownBy(() -> FeedbackSettings.check(Map.of(key, value)))
                .as(key).isInstanceOf(InvalidValueException.class).hasMessageStartingWith(key + " "));
        assertThatThrownBy(() -> FeedbackSettings.check(Map.of("feedback.reviewUrl", "https://a.example",
                "feedback.googlePlaceId", "ChIJN1t_tDeuEmsRUsoyG83frY4"))).isInstanceOf(InvalidValueException.class);
    }
}
