package io.cita.domain.availability;

import java.time.Instant;
import java.util.List;

/** A bookable start for a service, the resources it would use, and how many seats are left. */
public record Slot(Instant start, Instant end, List<String> resourceIds, int seatsLeft) {
    public Slot {
        resourceIds = List.copyOf(resourceIds);
    }
}
