package io.cita.domain.delivery;

import java.util.Locale;
import java.util.Optional;

/**
 * The one event catalogue, whatever channel made the change: what outbound webhooks are subscribed to and what the
 * outbox records of bookings become.
 */
public enum EventType {
    BOOKING_CREATED("booking.created"), BOOKING_CONFIRMED("booking.confirmed"),
    BOOKING_RESCHEDULED("booking.rescheduled"), BOOKING_CANCELLED("booking.cancelled"),
    BOOKING_COMPLETED("booking.completed"), BOOKING_NO_SHOW("booking.no_show"), HOLD_EXPIRED("hold.expired"),
    CLIENT_OPTED_OUT("client.opted_out"),
    /** An e-mail inviting a person to join a business: an account message, never a webhook. */
    MEMBER_INVITED("member.invited"),
    /** An e-mail telling an account's owner that its logins are being slowed: an account message, never a webhook. */
    LOGIN_SLOWED("account.login_slowed"),
    /** An e-mail asking the person signing up a business to confirm their address: never a webhook. */
    SIGNUP_CONFIRMATION("account.signup_confirmation"),
    /** An e-mail telling a business's owners that its subscription's payment failed: never a webhook. */
    PAYMENT_FAILED("account.payment_failed"),
    /** An e-mail telling a business's owners that its paid subscription's trial ends soon: never a webhook. */
    TRIAL_ENDING("account.trial_ending"),
    /** A request for feedback after a visit and its reminder, sent while the request awaits its answer: no webhook. */
    FEEDBACK_REQUESTED("feedback.requested"),
    /** What Cita answers a client's reply to a request for feedback (the review link, the form, help): no webhook. */
    FEEDBACK_REPLY("feedback.reply");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name on the wire and in subscriptions: {@code booking.created}. */
    public String wireName() {
        return wireName;
    }

    /** The type of a wire name, if the catalogue has it. */
    public static Optional<EventType> fromWire(String name) {
        for (EventType type : values()) {
            if (type.wireName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether a webhook endpoint may subscribe to it: every type but the messages about a person's account. */
    public boolean subscribable() {
        return this != MEMBER_INVITED && this != LOGIN_SLOWED && this != SIGNUP_CONFIRMATION
                && this != PAYMENT_FAILED && this != TRIAL_ENDING && this != FEEDBACK_REQUESTED
                && this != FEEDBACK_REPLY;
    }

    /** Whether the event is about a booking (its subject is a booking's id), as every {@code booking.*} type is. */
    public boolean aboutABooking() {
        return wireName.startsWith("booking.");
    }

    /**
     * The type an outbox record keeps: a wire name ({@code hold.expired}), or a booking's change as
     * {@link #ofBookingChange} reads it.
     */
    public static Optional<EventType> ofOutboxRecord(String recorded) {
        return recorded != null && recorded.contains(".") ? fromWire(recorded) : ofBookingChange(recorded);
    }

    /** The type of a booking's outbox record ({@code created}, {@code rescheduled}, or its new status in lower case). */
    public static Optional<EventType> ofBookingChange(String change) {
        return change == null ? Optional.empty() : fromWire("booking." + change.toLowerCase(Locale.ROOT));
    }
}
