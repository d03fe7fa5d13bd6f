package io.cita.application.port.in;

import io.cita.domain.availability.Slot;
import io.cita.domain.availability.UnavailableReason;
import io.cita.domain.tenant.Language;
import java.time.Instant;
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

    /**
     * Whether a start can be booked and, when not, every reason why (outside working hours, a closed day, taken,
     * too close to another appointment, notice, advance window, a full class, an inactive service, the plan's
     * monthly limit), decided by the same engine as {@link #availability}: bookable exactly when it lists the start.
     */
    Explanation explain(ExplainQuery query);

    /** The slots of a service and the zone they are shown in. */
    record Availability(String serviceId, ZoneId timezone, List<Slot> slots) {
    }

    /** A bookable start and the names of the resources it would use, in the slot's order. */
    record Offer(Slot slot, List<String> resourceNames) {
    }

    /** Whether a start can be booked, the reasons it cannot, and the tenant's zone and language to say them in. */
    record Explanation(String serviceId, ZoneId timezone, Language language, Instant start,
                       List<UnavailableReason> reasons) {
        public boolean bookable() {
            return reasons.isEmpty();
        }
    }

    /** The next starts of a service and the zone they are shown in. */
    record Offers(String serviceId, ZoneId timezone, List<Offer> offers) {
    }
}
