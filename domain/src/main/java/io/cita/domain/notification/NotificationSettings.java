package io.cita.domain.notification;

import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.shared.InvalidValueException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A business's notification settings among its tenant settings: how phones are reached
 * ({@value #PHONE_CHANNEL_SETTING}: WHATSAPP, the default, or SMS), whether staff members get an e-mail when a booking
 * with them is made, moved or cancelled ({@value #STAFF_SETTING}: false by default, or true) and when reminders go
 * out ({@link ReminderPolicy}).
 */
public final class NotificationSettings {
    public static final String PHONE_CHANNEL_SETTING = "notifications.phoneChannel";
    public static final String STAFF_SETTING = "notifications.staff";

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

    /** Whether staff members are told of the bookings made, moved and cancelled with them. */
    public static boolean staffNotified(Map<String, String> settings) {
        String value = settings.getOrDefault(STAFF_SETTING, "").trim();
        if (value.isEmpty() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidValueException(STAFF_SETTING + " must be true or false");
    }

    /** A setting as {@code read} gives it, or {@code fallback} when it was saved before settings were checked. */
    public static <T> T orDefault(Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (InvalidValueException e) {
            return fallback;
        }
    }

    /** Refuses settings that name a notification setting wrongly, naming it. */
    public static void check(Map<String, String> settings) {
        phoneChannel(settings);
        staffNotified(settings);
        ReminderPolicy.of(settings);
    }
}
