package io.cita.domain.booking;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** A booking's change of status or time: the changed booking, or the rule that refuses the change. */
public final class Transition {
    private final Booking booking;
    private final BookingRule refusal;

    private Transition(Booking booking, BookingRule refusal) {
        this.booking = booking;
        this.refusal = refusal;
    }

    static Transition made(Booking booking) {
        return new Transition(Objects.requireNonNull(booking, "booking"), null);
    }

    static Transition refused(BookingRule rule) {
        return new Transition(null, Objects.requireNonNull(rule, "rule"));
    }

    public Optional<BookingRule> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** The changed booking, or the exception {@code refused} makes of the refusal. */
    public <X extends RuntimeException> Booking orElseThrow(Function<BookingRule, X> refused) {
        if (refusal != null) {
            throw refused.apply(refusal);
        }
        return booking;
    }
}
