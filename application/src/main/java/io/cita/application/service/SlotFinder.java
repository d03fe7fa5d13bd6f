package io.cita.application.service;

import io.cita.application.port.out.Bookings;
import io.cita.domain.availability.AvailabilityEngine;
import io.cita.domain.availability.Occupation;
import io.cita.domain.availability.Occupations;
import io.cita.domain.availability.ResourceCalendar;
import io.cita.domain.availability.Slot;
import io.cita.domain.availability.SlotQuery;
import io.cita.domain.catalog.ResourceRequirement;
import io.cita.domain.catalog.Service;
import io.cita.domain.resource.Resource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Loads what the availability engine needs from the stores and runs it; shared by listing, holding and booking. */
final class SlotFinder {
    private final Bookings bookings;
    private final AvailabilityEngine engine = new AvailabilityEngine();

    SlotFinder(Bookings bookings) {
        this.bookings = bookings;
    }

    /** For each requirement of the service, the active resources eligible for it, in preference (id) order. */
    static List<List<Resource>> eligible(CatalogSnapshot catalog, Service service) {
        List<Resource> active = catalog.activeResources();
        List<List<Resource>> result = new ArrayList<>();
        for (ResourceRequirement requirement : service.requirements()) {
            List<Resource> candidates = new ArrayList<>();
            for (Resource resource : active) {
                boolean listed = requirement.eligibleResourceIds().isEmpty()
                        ? resource.type() == requirement.type() && resource.offers(service.id())
                        : requirement.eligibleResourceIds().contains(resource.id());
                if (listed) {
                    candidates.add(resource);
                }
            }
            result.add(candidates);
        }
        return result;
    }

    static List<Set<String>> ids(List<List<Resource>> eligible) {
        List<Set<String>> ids = new ArrayList<>();
        for (List<Resource> candidates : eligible) {
            Set<String> set = new LinkedHashSet<>();
            candidates.forEach(resource -> set.add(resource.id()));
            ids.add(set);
        }
        return ids;
    }

    /**
     * The slots of a service starting in {@code windowStart..windowEnd}; requested resources (if any) narrow the
     * requirements they are eligible for; the occupation of {@code ignoredOwnerId} (a hold being converted or a
     * booking being moved) does not count.
     */
    List<Slot> find(CatalogSnapshot catalog, Service service, List<List<Resource>> eligible, Instant windowStart, Instant windowEnd,
                    List<String> requested, int seats, String ignoredOwnerId, boolean ignoreOccupations, Instant now) {
        return query(catalog, service, eligible, windowStart, windowEnd, requested, seats, ignoredOwnerId,
                ignoreOccupations, now).map(engine::slots).orElse(List.of());
    }

    /**
     * What the engine is asked for the slots of {@link #find}: the calendars of the eligible resources over the
     * window, with the occupations that could collide with its starts; empty when no resource is eligible.
     */
    Optional<SlotQuery> query(CatalogSnapshot catalog, Service service, List<List<Resource>> eligible,
                              Instant windowStart, Instant windowEnd, List<String> requested, int seats,
                              String ignoredOwnerId, boolean ignoreOccupations, Instant now) {
        List<List<Resource>> narrowed = narrow(eligible, requested);
        Set<String> allIds = new HashSet<>();
        narrowed.forEach(list -> list.forEach(resource -> allIds.add(resource.id())));
        if (allIds.isEmpty()) {
            return Optional.empty();
        }
        // only what a start in the window could collide with: its interval, buffers included
        Instant from = windowStart.minus(Duration.ofMinutes(service.bufferBeforeMinutes()));
        Instant to = windowEnd.plus(Duration.ofMinutes(service.durationMinutes() + service.bufferAfterMinutes()));
        List<Occupation> occupations = new ArrayList<>();
        if (!ignoreOccupations) {
            for (Occupation occupation : bookings.occupations(service.tenantId(), allIds, from, to, now)) {
                if (!occupation.ownerId().equals(ignoredOwnerId)) {
                    occupations.add(occupation);
                }
            }
        }
        String classServiceId = service.capacity() > 1 ? service.id() : null;
        Map<String, List<Occupation>> byResource = Occupations.byResource(occupations);
        List<List<ResourceCalendar>> candidates = new ArrayList<>();
        for (List<Resource> list : narrowed) {
            List<ResourceCalendar> calendars = new ArrayList<>();
            for (Resource resource : list) {
                LocalDate first = LocalDate.ofInstant(windowStart, resource.timezone()).minusDays(1);
                LocalDate last = LocalDate.ofInstant(windowEnd, resource.timezone()).plusDays(1);
                calendars.add(ResourceCalendar.of(resource, catalog.weeklyRules(resource.id()),
                        catalog.exceptions(resource.id()),
                        byResource.getOrDefault(resource.id(), List.of()), classServiceId, first, last));
            }
            candidates.add(calendars);
        }
        return Optional.of(new SlotQuery(service, candidates, windowStart, windowEnd, now, seats, ignoreOccupations));
    }

    /**
     * Whether a one-seat service leaves no choice of resources: each requirement has exactly one candidate (after
     * the requested ones narrow them). Then no occupation can change which resources a start gets, only whether it
     * is free, which the store decides anyway when it writes (its exclusion constraint or slot lock).
     */
    static boolean noChoice(Service service, List<List<Resource>> eligible, List<String> requested) {
        if (service.capacity() > 1) {
            return false;
        }
        for (List<Resource> candidates : narrow(eligible, requested)) {
            if (candidates.size() != 1) {
                return false;
            }
        }
        return true;
    }

    private static List<List<Resource>> narrow(List<List<Resource>> eligible, List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return eligible;
        }
        List<List<Resource>> narrowed = new ArrayList<>();
        for (List<Resource> candidates : eligible) {
            List<Resource> chosen = new ArrayList<>();
            for (Resource resource : candidates) {
                if (requested.contains(resource.id())) {
                    chosen.add(resource);
                }
            }
            narrowed.add(chosen.isEmpty() ? candidates : chosen);
        }
        return narrowed;
    }
}
