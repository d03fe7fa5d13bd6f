package io.cita.application.port.in;

import io.cita.domain.availability.Slot;
import java.time.ZoneId;
import java.util.List;

/** Listing the free slots of a service. */
public interface ListAvailabilityUseCase {
    Availability availability(AvailabilityQuery query);

    /**
     * The next bookable starts of a service (what an agent offers a caller), from the same engine and rules as
     * {@link #availability}, each with the names of the resources it would use.
     */
    Offers next(NextSlotsQuery query);

    /** The slots of a service and the zone they are shown in. */
    record Availability(String serviceId, ZoneId timezone, List<Slot> slots) {
    }

    /** A bookable start and the names of the resources it would use, in the slot's order. */
    record Offer(Slot slot, List<String> resourceNames) {
    }

    /** The next starts of a service and the zone they are shown in. */
    record Offers(String serviceId, ZoneId timezone, List<Offer> offers) {
    }
}
