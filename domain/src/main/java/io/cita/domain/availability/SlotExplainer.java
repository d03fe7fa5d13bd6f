package io.cita.domain.availability;

import io.cita.domain.catalog.Service;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether one start can be booked and, when not, why, asked of the same engine that lists the slots: a start is
 * bookable exactly when the engine lists it in a one-second window; the reasons come from asking again with one rule
 * relaxed at a time (the clock moved to where notice and advance allow the start, occupations ignored, buffers off).
 */
public final class SlotExplainer {
    private final AvailabilityEngine engine = new AvailabilityEngine();

    /** The reasons {@code start} cannot be booked under {@code query} (its window is ignored); empty when it can. */
    public List<UnavailableReason> whyNot(SlotQuery query, Instant start, ZoneId zone) {
        Service service = query.service();
        if (!service.active()) {
            return List.of(UnavailableReason.SERVICE_INACTIVE);
        }
        if (listed(query, query.service(), start, query.now(), false)) {
            return List.of();
        }
        List<UnavailableReason> reasons = new ArrayList<>();
        if (start.isBefore(query.now().plus(Duration.ofMinutes(service.minNoticeMinutes())))) {
            reasons.add(UnavailableReason.MIN_NOTICE);
        } else if (!start.isBefore(query.now().plus(Duration.ofDays(service.maxAdvanceDays())).plusSeconds(1))) {
            reasons.add(UnavailableReason.BEYOND_ADVANCE_WINDOW);
        }
        // a clock at which notice and advance allow this start, to ask about the calendar alone
        Instant allowing = start.minus(Duration.ofMinutes(service.minNoticeMinutes())).minusSeconds(60);
        if (!listed(query, service, start, allowing, true)) {
            reasons.add(offersAnythingThatDay(query, start, zone) ? UnavailableReason.OUTSIDE_WORKING_HOURS
                    : UnavailableReason.CLOSED_DAY);
        } else if (!listed(query, service, start, allowing, false)) {
            reasons.add(service.capacity() > 1 ? UnavailableReason.CLASS_FULL
                    : listed(query, withoutBuffers(service), start, allowing, false) ? UnavailableReason.BUFFER_OVERLAP
                    : UnavailableReason.TAKEN);
        }
        return reasons;
    }

    private boolean listed(SlotQuery query, Service service, Instant start, Instant now, boolean ignoreOccupations) {
        return engine.slots(new SlotQuery(service, query.candidates(), start, start.plusSeconds(1), now,
                query.seats(), ignoreOccupations)).stream().anyMatch(slot -> slot.start().equals(start));
    }

    private boolean offersAnythingThatDay(SlotQuery query, Instant start, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(start, zone);
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        // a clock that allows the day: its first minute just far enough ahead for the notice
        Instant now = from.minus(Duration.ofMinutes(query.service().minNoticeMinutes())).minusSeconds(60);
        return !engine.slots(new SlotQuery(query.service(), query.candidates(), from, to, now, query.seats(), true))
                .isEmpty();
    }

    private static Service withoutBuffers(Service service) {
        return new Service(service.id(), service.tenantId(), service.categoryId(), service.name(),
                service.description(), service.durationMinutes(), 0, 0, service.slotIntervalMinutes(), service.price(),
                service.capacity(), service.minNoticeMinutes(), service.maxAdvanceDays(),
                service.cancellationNoticeHours(), service.requiresConfirmation(), service.active(),
                service.requirements());
    }
}
