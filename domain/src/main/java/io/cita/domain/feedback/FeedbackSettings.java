package io.cita.domain.feedback;

import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.notification.NotificationSettings;
import io.cita.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A business's post-visit feedback settings among its tenant settings (seed 003): whether it asks
 * ({@value #ENABLED}, false by default), how long after the visit ends ({@value #DELAY_MINUTES}, 120 by default,
 * 0-10080), on which channel ({@value #CHANNEL}: SMS, the default, or WHATSAPP), from which rating a client is happy
 * ({@value #HAPPY_THRESHOLD}, 1-5, 4 by default), and where happy clients leave a public review: a Google place id
 * ({@value #GOOGLE_PLACE_ID}) or any https URL ({@value #REVIEW_URL}).
 */
public record FeedbackSettings(boolean enabled, Duration delay, DeliveryChannel channel, int happyThreshold,
                               Optional<String> reviewUrl) {
    public static final String ENABLED = "feedback.enabled";
    public static final String DELAY_MINUTES = "feedback.delayMinutes";
    public static final String CHANNEL = "feedback.channel";
    public static final String HAPPY_THRESHOLD = "feedback.happyThreshold";
    public static final String GOOGLE_PLACE_ID = "feedback.googlePlaceId";
    public static final String REVIEW_URL = "feedback.reviewUrl";
    /** A business that does not ask for feedback, as the defaults are. */
    public static final FeedbackSettings OFF = new FeedbackSettings(false, Duration.ofMinutes(120),
            DeliveryChannel.SMS, 4, Optional.empty());
    private static final int MOST_DELAY_MINUTES = 7 * 24 * 60;
    private static final String GOOGLE_REVIEW = "https://search.google.com/local/writereview?placeid=";
    /** An https URL with a host: no spaces, quotes or angle brackets (it goes into messages and pages as it is). */
    private static final Pattern HTTPS_URL = Pattern.compile(
            "https://[A-Za-z0-9.-]+(?::\\d{1,5})?(?:[/?#][^\\s\"'<>]*)?");

    /** The settings {@code settings} hold, with their defaults; a wrong one is refused, naming it. */
    public static FeedbackSettings of(Map<String, String> settings) {
        boolean enabled = flag(settings);
        int delay = number(settings, DELAY_MINUTES, 120, 0, MOST_DELAY_MINUTES);
        int threshold = number(settings, HAPPY_THRESHOLD, 4, 1, 5);
        return new FeedbackSettings(enabled, Duration.ofMinutes(delay), channel(settings), threshold,
                reviewUrl(settings));
    }

    /** The settings as {@link #of} reads them, or {@link #OFF} for settings saved before they were checked. */
    public static FeedbackSettings orOff(Map<String, String> settings) {
        return NotificationSettings.orDefault(() -> of(settings), OFF);
    }

    /** Refuses settings that name a feedback setting wrongly, naming it. */
    public static void check(Map<String, String> settings) {
        of(settings);
    }

    /** Whether a rating (1-5) is a happy one, to be sent to the public review rather than the private form. */
    public boolean happy(int rating) {
        return rating >= happyThreshold;
    }

    private static boolean flag(Map<String, String> settings) {
        String value = text(settings, ENABLED);
        if (value.isEmpty() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidValueException(ENABLED + " must be true or false");
    }

    private static int number(Map<String, String> settings, String key, int fallback, int least, int most) {
        String value = text(settings, key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= least && number <= most) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidValueException(key + " must be a whole number from " + least + " to " + most);
    }

    private static DeliveryChannel channel(Map<String, String> settings) {
        String value = text(settings, CHANNEL).toUpperCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("SMS")) {
            return DeliveryChannel.SMS;
        }
        if (value.equals("WHATSAPP")) {
            return DeliveryChannel.WHATSAPP;
        }
        throw new InvalidValueException(CHANNEL + " must be SMS or WHATSAPP");
    }

    private static Optional<String> reviewUrl(Map<String, String> settings) {
        String place = text(settings, GOOGLE_PLACE_ID);
        String url = text(settings, REVIEW_URL);
        if (!place.isEmpty() && !url.isEmpty()) {
            throw new InvalidValueException(REVIEW_URL + " and " + GOOGLE_PLACE_ID + " cannot both be set");
        }
        if (!place.isEmpty()) {
            if (!place.matches("[A-Za-z0-9_-]{10,200}")) {
                throw new InvalidValueException(GOOGLE_PLACE_ID + " must be a Google place id");
            }
            return Optional.of(GOOGLE_REVIEW + place);
        }
        if (url.isEmpty()) {
            return Optional.empty();
        }
        if (url.length() <= 500 && HTTPS_URL.matcher(url).matches()) {
            return Optional.of(url);
        }
        throw new InvalidValueException(REVIEW_URL + " must be an https URL");
    }

    private static String text(Map<String, String> settings, String key) {
        String value = settings.get(key);
        return value == null ? "" : value.strip();
    }
}
