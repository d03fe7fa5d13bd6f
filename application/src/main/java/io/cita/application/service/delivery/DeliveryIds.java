package io.cita.application.service.delivery;

import io.cita.application.port.out.OutboxEvent;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.ReminderOf;
import io.cita.domain.shared.TimeOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Delivery ids that are the same however often an event is dispatched, so that a second dispatch adds nothing, and
 * that sort by the time of the change that made them (nine base-36 digits of its epoch milliseconds, then a hash), so
 * that the delivery log lists newest first by id.
 */
final class DeliveryIds {
    private static final int HASH_DIGITS = 24;

    private DeliveryIds() {
    }

    /** One delivery of an event to a recipient on a channel. */
    static String of(OutboxEvent event, DeliveryChannel channel, String recipient) {
        return id(event.occurredAt(), event.id() + "|" + channel + "|" + recipient);
    }

    /**
     * One reminder of a booking at one version (changed at {@code changedAt}), at one time, to a recipient: two
     * events that find the booking at the same version schedule the same reminders once.
     */
    static String reminder(ReminderOf booking, Instant changedAt, DeliveryChannel channel, String recipient,
                           Instant at) {
        return id(changedAt, "reminder|" + booking.bookingId() + "|" + booking.bookingVersion() + "|" + channel + "|"
                + recipient + "|" + at.toEpochMilli());
    }

    /** One message about an account (its {@code kind}) to a recipient, for the time window starting {@code window}. */
    static String account(String kind, String accountId, String recipient, Instant window) {
        return id(window, kind + "|" + accountId + "|" + recipient);
    }

    /** One message about a request for feedback ({@code what}: the request, its reminder, a reply), due {@code at}. */
    static String feedback(String requestId, String what, Instant at) {
        return id(at, "feedback|" + requestId + "|" + what);
    }

    private static String id(Instant time, String key) {
        String hash = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
        return "dlv_" + TimeOrder.digits(time) + hash.substring(0, HASH_DIGITS);
    }
}
