package io.cita.application.port.in;

import io.cita.domain.availability.Slot;
import java.time.ZoneId;
import java.util.List;

/** Listing the free slots of a service. */
public interface ListAvailabilityUseCase {
    Availability availability(AvailabilityQuery query);

    /** The slots of a service and the zone they are shown in. */
    record Availability(String serviceId, ZoneId timezone, List<Slot> slots) {
    }
}
