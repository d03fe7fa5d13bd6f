package io.cita.domain.booking;

import io.cita.domain.catalog.Service;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a booking policy looks at: the service, the start asked for, the seats, the resources the customer chose
 * (empty for "any"), the ids eligible for each requirement, and now.
 */
public record BookingAttempt(Service service, Instant start, int seats, List<String> requestedResourceIds,
                             List<Set<String>> eligibleResourceIds, Instant now) {
    public BookingAttempt {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(now, "now");
        requestedResourceIds = requestedResourceIds == null ? List.of() : List.copyOf(requestedResourceIds);
        eligibleResourceIds = List.copyOf(eligibleResourceIds);
    }
}
