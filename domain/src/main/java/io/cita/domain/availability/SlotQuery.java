package io.cita.domain.availability;

import io.cita.domain.shared.InvalidValueException;
import io.cita.domain.catalog.Service;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the engine needs to list slots: the service, for each of its resource requirements the calendars of the
 * eligible resources in preference order, the window of starts asked for, the clock's now, the seats wanted, and
 * whether to ignore occupations (to tell "taken" from "never available").
 */
public record SlotQuery(Service service, List<List<ResourceCalendar>> candidates, Instant windowStart,
                        Instant windowEnd, Instant now, int seats, boolean ignoreOccupations) {
    public SlotQuery {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        Objects.requireNonNull(now, "now");
        if (candidates == null || candidates.size() != service.requirements().size()) {
            throw new InvalidValueException("one candidate list per resource requirement");
        }
        candidates = List.copyOf(candidates);
        if (seats < 1) {
            throw new InvalidValueException("seats must be at least 1");
        }
    }
}
