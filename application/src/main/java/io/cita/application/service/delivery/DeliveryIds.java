package io.cita.application.service.delivery;

import io.cita.application.port.out.OutboxEvent;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.ReminderOf;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Delivery ids that are the same however often an event is dispatched, so that a second dispatch adds nothing. */
final class DeliveryIds {
    private DeliveryIds() {
    }

    /** One delivery of an event to a recipient on a channel. */
    static String of(OutboxEvent event, DeliveryChannel channel, String recipient) {
        return hashed(event.id() + "|" + channel + "|" + recipient);
    }

    /**
     * One reminder of a booking at one version, at one time, to a recipient: two events that find the booking at
     * the same version schedule the same reminders once.
     */
    static String reminder(ReminderOf booking, DeliveryChannel channel, String recipient, Instant at) {
        return hashed("reminder|" + booking.bookingId() + "|" + booking.bookingVersion() + "|" + channel + "|"
                + recipient + "|" + at.toEpochMilli());
    }

    private static String hashed(String key) {
        return "dlv_" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }
}
