package io.cita.domain.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One message or webhook call for one recipient of one event (seed 001's notifications): what it carries, where it
 * stands, how often it was tried and when it is tried next; a reminder also names the booking it reminds of.
 */
public record Delivery(String id, String tenantId, String eventId, DeliveryChannel channel, String recipient,
                       EventType type, String payload, DeliveryStatus status, String reason, int attempts,
                       Instant nextAttemptAt, String providerMessageId, String lastError, Instant createdAt,
                       Instant updatedAt, ReminderOf reminderOf) {
    /** The tenant id of a message about a person's account that no business has yet (a sign-up's confirmation). */
    public static final String PLATFORM = "platform";
    private static final int ERROR_LENGTH = 500;

    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A delivery waiting for its first attempt, due at once. */
    public static Delivery queued(String id, String tenantId, String eventId, DeliveryChannel channel, String recipient,
                                  EventType type, String payload, Instant now) {
        return dueAt(id, tenantId, eventId, channel, recipient, type, payload, now, now);
    }

    /** A delivery waiting for its first attempt, queued now and due at {@code due}. */
    public static Delivery dueAt(String id, String tenantId, String eventId, DeliveryChannel channel,
                                 String recipient, EventType type, String payload, Instant due, Instant now) {
        return new Delivery(id, tenantId, eventId, channel, recipient, type, payload, DeliveryStatus.QUEUED, null, 0,
                due, null, null, now, now, null);
    }

    /** A reminder of {@code booking}, queued now and due at {@code due}. */
    public static Delivery reminder(String id, String tenantId, String eventId, DeliveryChannel channel,
                                    String recipient, EventType type, String payload, Instant due, ReminderOf booking,
                                    Instant now) {
        return new Delivery(id, tenantId, eventId, channel, recipient, type, payload, DeliveryStatus.QUEUED, null, 0,
                due, null, null, now, now, Objects.requireNonNull(booking, "booking"));
    }

    /** Whether it belongs to no business: a message about an account, kept apart from every tenant's log. */
    public boolean aboutAnAccount() {
        return PLATFORM.equals(tenantId);
    }

    /** About to call the provider: one more attempt. */
    public Delivery sending(Instant now) {
        return with(DeliveryStatus.SENDING, reason, attempts + 1, nextAttemptAt, providerMessageId, lastError, now);
    }

    /** The provider accepted it. */
    public Delivery sent(String providerId, Instant now) {
        return with(DeliveryStatus.SENT, null, attempts, null, providerId, null, now);
    }

    /**
     * The attempt failed: FAILED with its next attempt after {@code schedule}'s delay (or {@code retryAfter}, when the
     * receiver asked for longer), or DEAD when the schedule is used up.
     */
    public Delivery failed(String error, RetrySchedule schedule, double jitter, Duration retryAfter, Instant now) {
        String trimmed = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_LENGTH));
        Duration wait = schedule.after(attempts, jitter);
        if (wait == null) {
            return with(DeliveryStatus.DEAD, "retries used up", attempts, null, providerMessageId, trimmed, now);
        }
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        return with(DeliveryStatus.FAILED, null, attempts, now.plus(wait), providerMessageId, trimmed, now);
    }

    /** Given up on at once, without retries: the receiver said it is gone, or the endpoint was disabled. */
    public Delivery dead(String why, String error, Instant now) {
        return with(DeliveryStatus.DEAD, why, attempts, null, providerMessageId, error, now);
    }

    /** Never to be sent, for {@code why}. */
    public Delivery skipped(String why, Instant now) {
        return with(DeliveryStatus.SKIPPED, why, attempts, null, providerMessageId, lastError, now);
    }

    /** Queued again by hand (a replay): due at once, with its attempts counted afresh. */
    public Delivery replayed(Instant now) {
        return with(DeliveryStatus.QUEUED, "replayed", 0, now, null, lastError, now);
    }

    private Delivery with(DeliveryStatus newStatus, String newReason, int newAttempts, Instant next, String providerId,
                          String error, Instant now) {
        return new Delivery(id, tenantId, eventId, channel, recipient, type, payload, newStatus, newReason, newAttempts,
                next, providerId, error, createdAt, now, reminderOf);
    }
}
