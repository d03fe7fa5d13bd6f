package io.cita.domain.booking;

import java.util.Optional;

/** One booking rule: the rule broken by an attempt, or empty when the attempt passes it. */
@FunctionalInterface
public interface BookingPolicy {
    Optional<BookingRule> check(BookingAttempt attempt);
}
