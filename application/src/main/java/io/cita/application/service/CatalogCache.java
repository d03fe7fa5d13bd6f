package io.cita.application.service;

import io.cita.application.error.NotFoundException;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Resources;
import io.cita.application.port.out.Schedules;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.VersionedTenant;
import io.cita.domain.catalog.Service;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the booking paths' catalog reads from memory. The tenant is read from the store on every request, with its
 * catalog version; the snapshot kept for that version answers the rest. Every catalog write raises the version in
 * the store in its own transaction, so the next request on any instance starts a new snapshot and none is ever
 * served a catalog older than the version it read. At most {@code maxTenants} snapshots are kept; past that, an
 * arbitrary one is dropped.
 */
public final class CatalogCache {
    /** The most services a customer is offered to choose from. */
    public static final int MAX_SERVICES = 200;
    private final Tenants tenants;
    private final CatalogServices services;
    private final Resources resources;
    private final Schedules schedules;
    private final int maxTenants;
    private final Map<String, CatalogSnapshot> snapshots = new ConcurrentHashMap<>();

    public CatalogCache(Tenants tenants, CatalogServices services, Resources resources, Schedules schedules,
                        int maxTenants) {
        if (maxTenants < 1) {
            throw new IllegalArgumentException("maxTenants must be at least 1");
        }
        this.tenants = tenants;
        this.services = services;
        this.resources = resources;
        this.schedules = schedules;
        this.maxTenants = maxTenants;
    }

    /** The tenant, read now, with its catalog at the version read with it; a missing tenant is not found. */
    TenantCatalog read(String tenantId) {
        return read(tenantId, null);
    }

    /**
     * As {@link #read(String)}, but from {@code alreadyRead} when it is that tenant as read earlier in the same
     * request (with its authorization), without reading it again.
     */
    TenantCatalog read(String tenantId, VersionedTenant alreadyRead) {
        VersionedTenant found = alreadyRead != null && alreadyRead.tenant().id().equals(tenantId) ? alreadyRead
                : tenants.findVersioned(tenantId).orElseThrow(() -> new NotFoundException("tenant", tenantId));
        return new TenantCatalog(found.tenant(), snapshot(tenantId, found.catalogVersion()));
    }

    /**
     * The kept snapshot of that version, or a new one, kept unless a newer version is kept already (a request that
     * read the version just before a write still gets a snapshot of its own version).
     */
    CatalogSnapshot snapshot(String tenantId, long version) {
        CatalogSnapshot kept = snapshots.get(tenantId);
        if (kept != null && kept.version() == version) {
            return kept;
        }
        CatalogSnapshot fresh = new CatalogSnapshot(tenantId, version, services, resources, schedules);
        if (kept == null && snapshots.size() >= maxTenants) {
            Iterator<String> any = snapshots.keySet().iterator();
            if (any.hasNext()) {
                any.next();
                any.remove();
            }
        }
        CatalogSnapshot now = snapshots.merge(tenantId, fresh,
                (older, offered) -> older.version() >= offered.version() ? older : offered);
        return now.version() == version ? now : fresh;
    }

    /**
     * The tenant's active services at its catalog version (the first {@value #MAX_SERVICES}), kept with the catalog:
     * what agents and chats offer a customer to choose from. {@code alreadyRead} is as for {@link #read}.
     */
    public List<Service> activeServices(String tenantId, VersionedTenant alreadyRead) {
        return read(tenantId, alreadyRead).catalog().activeServices(MAX_SERVICES);
    }

    /** How many tenants' snapshots are kept. */
    int size() {
        return snapshots.size();
    }
}
