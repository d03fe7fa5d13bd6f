package io.cita.domain.availability;

import java.time.Instant;
import java.util.List;

/**
 * A bookable start for a service, the resources it would use, and how many seats are left. Times are kept as epoch
 * seconds, so that listing thousands of slots allocates one small object each.
 */
public record Slot(long startEpochSecond, long endEpochSecond, List<String> resourceIds, int seatsLeft) {
    public Slot {
        resourceIds = List.copyOf(resourceIds);
    }

    public Slot(Instant start, Instant end, List<String> resourceIds, int seatsLeft) {
        this(start.getEpochSecond(), end.getEpochSecond(), resourceIds, seatsLeft);
    }

    public Instant start() {
        return Instant.ofEpochSecond(startEpochSecond);
    }

    public Instant end() {
        return Instant.ofEpochSecond(endEpochSecond);
    }
}
