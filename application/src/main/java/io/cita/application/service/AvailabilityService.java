package io.cita.application.service;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.in.AvailabilityQuery;
import io.cita.application.port.in.ListAvailabilityUseCase;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Resources;
import io.cita.application.port.out.Schedules;
import io.cita.application.port.out.Tenants;
import io.cita.domain.catalog.Service;
import io.cita.domain.resource.Resource;
import io.cita.domain.tenant.Tenant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Lists the free slots of a service over local dates in the tenant's zone. */
public class AvailabilityService implements ListAvailabilityUseCase {
    private final SlotFinder finder;
    private final Lookups lookups;
    private final ClockPort clock;

    public AvailabilityService(Tenants tenants, CatalogServices services, Resources resources, Schedules schedules,
                               Bookings bookings, ClockPort clock) {
        this.finder = new SlotFinder(resources, schedules, bookings);
        this.lookups = new Lookups(tenants, services);
        this.clock = clock;
    }

    @Override
    public Availability availability(AvailabilityQuery query) {
        if (query.from() == null || query.to() == null) {
            throw new InvalidRequestException(query.from() == null ? "from" : "to", "is required (YYYY-MM-DD)");
        }
        if (query.to().isBefore(query.from())) {
            throw new InvalidRequestException("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(query.from(), query.to()) + 1 > AvailabilityQuery.MAX_DAYS) {
            throw new InvalidRequestException("to", "at most " + AvailabilityQuery.MAX_DAYS + " days can be asked at once");
        }
        Tenant tenant = lookups.tenant(query.tenantId());
        Service service = lookups.service(query.tenantId(), query.serviceId());
        if (!service.active()) {
            return new Availability(service.id(), tenant.timezone(), List.of());
        }
        List<List<Resource>> eligible = finder.eligible(service);
        List<String> requested = query.resourceId() == null ? List.of() : List.of(query.resourceId());
        if (query.resourceId() != null && SlotFinder.ids(eligible).stream().noneMatch(ids -> ids.contains(query.resourceId()))) {
            throw new InvalidRequestException("resourceId", "is not eligible for this service");
        }
        return new Availability(service.id(), tenant.timezone(), finder.find(service, eligible,
                query.from().atStartOfDay(tenant.timezone()).toInstant(),
                query.to().plusDays(1).atStartOfDay(tenant.timezone()).toInstant(), requested, 1, null, false,
                clock.now()));
    }
}
