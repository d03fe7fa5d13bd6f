package io.cita.application.service;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.in.AvailabilityQuery;
import io.cita.application.port.in.ExplainQuery;
import io.cita.application.port.in.ListAvailabilityUseCase;
import io.cita.application.port.in.NextSlotsQuery;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Plans;
import io.cita.domain.availability.Slot;
import io.cita.domain.availability.SlotExplainer;
import io.cita.domain.availability.UnavailableReason;
import io.cita.domain.catalog.Service;
import io.cita.domain.plan.Limit;
import io.cita.domain.plan.LimitKind;
import io.cita.domain.plan.PlanLimitPolicy;
import io.cita.domain.resource.Resource;
import io.cita.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists the free slots of a service over local dates in the tenant's zone, finds the next ones from a moment on
 * (a week of the calendar at a time, up to the service's advance window), and explains why a start can or cannot be
 * booked, all from the one slot engine.
 */
public class AvailabilityService implements ListAvailabilityUseCase {
    /** How much of the calendar the search for the next starts reads at a time. */
    private static final Duration SEARCH_STEP = Duration.ofDays(7);
    private final SlotFinder finder;
    private final SlotExplainer explainer = new SlotExplainer();
    private final Bookings bookings;
    private final Plans plans;
    private final CatalogCache catalogs;
    private final ClockPort clock;

    /** The plan's monthly booking limit, read from {@code plans}, is one of the reasons a start may not be booked. */
    public AvailabilityService(CatalogCache catalogs, Bookings bookings, Plans plans, ClockPort clock) {
        this.finder = new SlotFinder(bookings);
        this.bookings = bookings;
        this.plans = plans;
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
        List<List<Resource>> eligible = eligible(read, service, query.resourceId());
        return new Availability(service.id(), tenant.timezone(), finder.find(read.catalog(), service, eligible,
                query.from().atStartOfDay(tenant.timezone()).toInstant(),
                query.to().plusDays(1).atStartOfDay(tenant.timezone()).toInstant(), requested(query.resourceId()), 1,
                null, false, clock.now()));
    }

    @Override
    public Offers next(NextSlotsQuery query) {
        if (query.count() < 1 || query.count() > NextSlotsQuery.MAX_COUNT) {
            throw new InvalidRequestException("n", "must be between 1 and " + NextSlotsQuery.MAX_COUNT);
        }
        TenantCatalog read = catalogs.read(query.tenantId(), query.authorizedTenant());
        ZoneId zone = read.tenant().timezone();
        Service service = read.service(query.serviceId());
        if (!service.active()) {
            return new Offers(service.id(), zone, List.of());
        }
        List<List<Resource>> eligible = eligible(read, service, query.resourceId());
        Instant now = clock.now();
        Instant after = query.after() == null || query.after().isBefore(now) ? now : query.after();
        Instant horizon = now.plus(Duration.ofDays(service.maxAdvanceDays() + 1L));
        Map<String, String> names = names(eligible);
        List<Offer> offers = new ArrayList<>();
        Instant from = after;
        while (offers.size() < query.count() && from.isBefore(horizon)) {
            Instant to = from.plus(SEARCH_STEP).isAfter(horizon) ? horizon : from.plus(SEARCH_STEP);
            for (Slot slot : finder.find(read.catalog(), service, eligible, from, to, requested(query.resourceId()), 1,
                    null, false, now)) {
                LocalTime local = slot.start().atZone(zone).toLocalTime();
                if (offers.size() < query.count() && (query.partOfDay() == null || query.partOfDay().contains(local))) {
                    offers.add(new Offer(slot, slot.resourceIds().stream().map(names::get).toList()));
                }
            }
            from = to;
        }
        return new Offers(service.id(), zone, offers);
    }

    @Override
    public Explanation explain(ExplainQuery query) {
        TenantCatalog read = catalogs.read(query.tenantId(), query.authorizedTenant());
        Tenant tenant = read.tenant();
        ZoneId zone = tenant.timezone();
        Service service = read.service(query.serviceId());
        LocalDate day = LocalDate.ofInstant(query.start(), zone);
        Instant now = clock.now();
        List<UnavailableReason> reasons = new ArrayList<>(finder.query(read.catalog(), service,
                        eligible(read, service, query.resourceId()), day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant(), requested(query.resourceId()), 1, null, false,
                        now).map(slots -> explainer.whyNot(slots, query.start(), zone))
                // no active resource offers the service: nobody works for it, any day
                .orElse(List.of(UnavailableReason.CLOSED_DAY)));
        Limit monthly = PlanLimitPolicy.limitOf(plans.plan(tenant.plan()), LimitKind.BOOKINGS_PER_MONTH);
        if (!monthly.allowsOneMore(bookings.createdIn(tenant.id(), YearMonth.from(now.atZone(zone))))) {
            reasons.add(UnavailableReason.PLAN_LIMIT_REACHED);
        }
        return new Explanation(service.id(), zone, tenant.locale(), query.start(), reasons);
    }

    /** The resources eligible for each requirement; a requested resource must be one of them. */
    private static List<List<Resource>> eligible(TenantCatalog read, Service service, String resourceId) {
        List<List<Resource>> eligible = SlotFinder.eligible(read.catalog(), service);
        if (resourceId != null && SlotFinder.ids(eligible).stream().noneMatch(ids -> ids.contains(resourceId))) {
            throw new InvalidRequestException("resourceId", "is not eligible for this service");
        }
        return eligible;
    }

    private static List<String> requested(String resourceId) {
        return resourceId == null ? List.of() : List.of(resourceId);
    }

    private static Map<String, String> names(List<List<Resource>> eligible) {
        Map<String, String> names = new HashMap<>();
        eligible.forEach(candidates -> candidates.forEach(resource -> names.put(resource.id(), resource.name())));
        return names;
    }
}
