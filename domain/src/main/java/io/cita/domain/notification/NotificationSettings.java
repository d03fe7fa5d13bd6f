package io.cita.domain.notification;

import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.shared.InvalidValueException;
import java.util.Map;

/**
 * A business's notification settings among its tenant settings: how phones are reached
 * ({@value #PHONE_CHANNEL_SETTING}: WHATSAPP, the default, or SMS) and when reminders go out ({@link ReminderPolicy}).
 */
public final class NotificationSettings {
    public static final String PHONE_CHANNEL_SETTING = "notifications.phoneChannel";

    private NotificationSettings() {
    }

    /** The channel a business reaches phones on. */
    public static DeliveryChannel phoneChannel(Map<String, String> settings) {
        String value = settings.getOrDefault(PHONE_CHANNEL_SETTING, "").trim();
        if (value.isEmpty() || value.equalsIgnoreCase("WHATSAPP")) {
            return DeliveryChannel.WHATSAPP;
        }
        if (value.equalsIgnoreCase("SMS")) {
            return DeliveryChannel.SMS;
        }
        throw new InvalidValueException(PHONE_CHANNEL_SETTING + " must be WHATSAPP or SMS");
    }

    /** Refuses settings that name a notification setting wrongly, naming it. */
    public static void check(Map<String, String> settings) {
        phoneChannel(settings);
        ReminderPolicy.of(settings);
    }
}
