package io.cita.application.service;

import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Resources;
import io.cita.application.port.out.Schedules;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.catalog.Service;
import io.cita.domain.resource.Resource;
import io.cita.domain.schedule.ScheduleException;
import io.cita.domain.schedule.WeeklyRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A tenant's catalog at one catalog version: its services, its active resources and their weekly rules and
 * exceptions, each read from the store the first time it is asked for and then kept, since none of it can change
 * without the version changing. A service that is not found is not remembered, so unknown ids cannot fill it.
 */
final class CatalogSnapshot {
    private final String tenantId;
    private final long version;
    private final CatalogServices services;
    private final Resources resources;
    private final Schedules schedules;
    private final Map<String, Service> servicesById = new ConcurrentHashMap<>();
    private final Map<String, List<WeeklyRule>> weeklyRules = new ConcurrentHashMap<>();
    private final Map<String, List<ScheduleException>> exceptions = new ConcurrentHashMap<>();
    private volatile List<Resource> activeResources;
    private volatile List<Service> activeServices;

    CatalogSnapshot(String tenantId, long version, CatalogServices services, Resources resources, Schedules schedules) {
        this.tenantId = tenantId;
        this.version = version;
        this.services = services;
        this.resources = resources;
        this.schedules = schedules;
    }

    long version() {
        return version;
    }

    Optional<Service> service(String serviceId) {
        Service known = servicesById.get(serviceId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Service> found = services.find(tenantId, serviceId);
        found.ifPresent(service -> servicesById.putIfAbsent(serviceId, service));
        return found;
    }

    /** Every active service of the tenant (the first {@code limit} listed), in the store's order. */
    List<Service> activeServices(int limit) {
        List<Service> known = activeServices;
        if (known == null) {
            known = services.list(tenantId, new PageRequest(limit, null)).items().stream().filter(Service::active)
                    .toList();
            activeServices = known;
        }
        return known;
    }

    /** Every active resource of the tenant, ordered by id. */
    List<Resource> activeResources() {
        List<Resource> known = activeResources;
        if (known == null) {
            known = List.copyOf(resources.active(tenantId));
            activeResources = known;
        }
        return known;
    }

    List<WeeklyRule> weeklyRules(String resourceId) {
        return remembered(weeklyRules, resourceId, () -> List.copyOf(schedules.weeklyRules(tenantId, resourceId)));
    }

    List<ScheduleException> exceptions(String resourceId) {
        return remembered(exceptions, resourceId, () -> List.copyOf(schedules.exceptions(tenantId, resourceId)));
    }

    /** The value kept under the key, read and kept first if there is none (the store is read outside any lock). */
    private static <T> T remembered(Map<String, T> kept, String key, Supplier<T> read) {
        T known = kept.get(key);
        if (known != null) {
            return known;
        }
        T fresh = read.get();
        T raced = kept.putIfAbsent(key, fresh);
        return raced != null ? raced : fresh;
    }
}
