package io.cita.application.error;

import io.cita.domain.booking.BookingRule;

/** A booking request breaks a booking rule; the rule is the reason. */
public class BookingRuleViolationException extends RuntimeException {
    private final BookingRule rule;

    public BookingRuleViolationException(BookingRule rule) {
        super("Booking rule violated: " + rule);
        this.rule = rule;
    }

    public BookingRule rule() {
        return rule;
    }
}
