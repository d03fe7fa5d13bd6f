package io.cita.application.service;

import io.cita.application.error.BookingRuleViolationException;
import io.cita.application.error.SlotUnavailableException;
import io.cita.domain.availability.Slot;
import io.cita.domain.booking.BookingAttempt;
import io.cita.domain.booking.BookingPolicies;
import io.cita.domain.booking.BookingRule;
import io.cita.domain.catalog.Service;
import io.cita.domain.resource.Resource;
import java.time.Instant;
import java.util.List;

/**
 * Decides where a booking, hold or move at one start would go: the booking policies first (422 reasons), then the
 * engine; a start that working time allows but occupations do not is taken (409), anything else is outside
 * availability (422). When there is no choice of resources, occupations are left to the store's write, which
 * refuses a taken start just the same.
 */
final class SlotPlacement {
    private final SlotFinder finder;

    SlotPlacement(SlotFinder finder) {
        this.finder = finder;
    }

    Slot place(CatalogSnapshot catalog, Service service, Instant start, List<String> requested, int seats,
               String ignoredOwnerId, Instant now) {
        List<List<Resource>> eligible = SlotFinder.eligible(catalog, service);
        BookingAttempt attempt = new BookingAttempt(service, start, seats, requested, SlotFinder.ids(eligible), now);
        BookingPolicies.firstBroken(attempt).ifPresent(rule -> {
            throw new BookingRuleViolationException(rule);
        });
        Instant windowEnd = start.plusSeconds(1);
        boolean noChoice = SlotFinder.noChoice(service, eligible, requested);
        if (!noChoice) {
            List<Slot> free = finder.find(catalog, service, eligible, start, windowEnd, requested, seats,
                    ignoredOwnerId, false, now);
            if (!free.isEmpty() && free.get(0).start().equals(start)) {
                return free.get(0);
            }
        }
        List<Slot> possible = finder.find(catalog, service, eligible, start, windowEnd, requested, seats,
                ignoredOwnerId, true, now);
        if (!possible.isEmpty() && possible.get(0).start().equals(start)) {
            if (noChoice) {
                return possible.get(0); // the store's write refuses it if it is taken: 409 all the same
            }
            throw new SlotUnavailableException();
        }
        throw new BookingRuleViolationException(BookingRule.OUTSIDE_AVAILABILITY);
    }
}
