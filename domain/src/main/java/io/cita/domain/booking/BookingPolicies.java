package io.cita.domain.booking;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The booking rules checked before a slot is looked up, each a named policy, combined in one list. */
public final class BookingPolicies {
    private BookingPolicies() {
    }

    public static BookingPolicy serviceMustBeActive() {
        return attempt -> attempt.service().active() ? Optional.empty() : Optional.of(BookingRule.SERVICE_INACTIVE);
    }

    public static BookingPolicy startMustNotBeInThePast() {
        return attempt -> attempt.start().isBefore(attempt.now()) ? Optional.of(BookingRule.IN_PAST) : Optional.empty();
    }

    public static BookingPolicy minimumNoticeMustBeGiven() {
        return attempt -> attempt.start().isBefore(attempt.now().plus(Duration.ofMinutes(attempt.service().minNoticeMinutes())))
                ? Optional.of(BookingRule.MIN_NOTICE) : Optional.empty();
    }

    public static BookingPolicy maximumAdvanceMustNotBeExceeded() {
        return attempt -> attempt.start().isAfter(attempt.now().plus(Duration.ofDays(attempt.service().maxAdvanceDays())))
                ? Optional.of(BookingRule.MAX_ADVANCE) : Optional.empty();
    }

    public static BookingPolicy seatsMustFitCapacity() {
        return attempt -> attempt.seats() > attempt.service().capacity()
                ? Optional.of(BookingRule.CAPACITY_EXCEEDED) : Optional.empty();
    }

    public static BookingPolicy requestedResourcesMustBeEligible() {
        return attempt -> {
            for (String requested : attempt.requestedResourceIds()) {
                boolean eligible = false;
                for (Set<String> ids : attempt.eligibleResourceIds()) {
                    eligible |= ids.contains(requested);
                }
                if (!eligible) {
                    return Optional.of(BookingRule.RESOURCE_NOT_ELIGIBLE);
                }
            }
            return Optional.empty();
        };
    }

    public static List<BookingPolicy> allCurrentPolicies() {
        return List.of(serviceMustBeActive(), startMustNotBeInThePast(), minimumNoticeMustBeGiven(),
                maximumAdvanceMustNotBeExceeded(), seatsMustFitCapacity(), requestedResourcesMustBeEligible());
    }

    /** The first rule the attempt breaks, in the order of {@link #allCurrentPolicies()}. */
    public static Optional<BookingRule> firstBroken(BookingAttempt attempt) {
        for (BookingPolicy policy : allCurrentPolicies()) {
            Optional<BookingRule> broken = policy.check(attempt);
            if (broken.isPresent()) {
                return broken;
            }
        }
        return Optional.empty();
    }
}
