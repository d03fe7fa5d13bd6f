package io.cita.application.service;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.in.AvailabilityQuery;
import io.cita.application.port.in.ListAvailabilityUseCase;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.ClockPort;
import io.cita.domain.catalog.Service;
import io.cita.domain.resource.Resource;
import io.cita.domain.tenant.Tenant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Lists the free slots of a service over local dates in the tenant's zone. */
public class AvailabilityService implements ListAvailabilityUseCase {
    private final SlotFinder finder;
    private final CatalogCache catalogs;
    private final ClockPort clock;

    public AvailabilityService(CatalogCache catalogs, Bookings bookings, ClockPort clock) {
        this.finder = new SlotFinder(bookings);
        this.catalogs = catalogs;
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
        TenantCatalog read = catalogs.read(query.tenantId(), query.authorizedTenant());
        Tenant tenant = read.tenant();
        Service service = read.service(query.serviceId());
        if (!service.active()) {
            return new Availability(service.id(), tenant.timezone(), List.of());
        }
        List<List<Resource>> eligible = SlotFinder.eligible(read.catalog(), service);
        List<String> requested = query.resourceId() == null ? List.of() : List.of(query.resourceId());
        if (query.resourceId() != null && SlotFinder.ids(eligible).stream().noneMatch(ids -> ids.contains(query.resourceId()))) {
            throw new InvalidRequestException("resourceId", "is not eligible for this service");
        }
        return new Availability(service.id(), tenant.timezone(), finder.find(read.catalog(), service, eligible,
                query.from().atStartOfDay(tenant.timezone()).toInstant(),
                query.to().plusDays(1).atStartOfDay(tenant.timezone()).toInstant(), requested, 1, null, false,
                clock.now()));
    }
}
