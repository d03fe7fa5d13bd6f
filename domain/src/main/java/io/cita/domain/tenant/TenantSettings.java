package io.cita.domain.tenant;

import io.cita.domain.feedback.FeedbackSettings;
import io.cita.domain.notification.NotificationSettings;
import java.util.Map;

/**
 * The checked parts of a business's free-form settings: notifications and reminders, the booking widget's look, and
 * post-visit feedback. Any other key is the business's own and kept as it is.
 */
public final class TenantSettings {
    private TenantSettings() {
    }

    /** Refuses settings that name a checked setting wrongly, naming it. */
    public static void check(Map<String, String> settings) {
        NotificationSettings.check(settings);
        WidgetSettings.check(settings);
        FeedbackSettings.check(settings);
    }
}
