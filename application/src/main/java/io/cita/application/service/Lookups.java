package io.cita.application.service;

import io.cita.application.error.NotFoundException;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Tenants;
import io.cita.domain.catalog.Service;
import io.cita.domain.tenant.Tenant;

/** Finds a tenant's things or throws not-found, so every service answers missing and foreign ids the same way. */
final class Lookups {
    private final Tenants tenants;
    private final CatalogServices services;

    Lookups(Tenants tenants, CatalogServices services) {
        this.tenants = tenants;
        this.services = services;
    }

    Tenant tenant(String tenantId) {
        return tenants.find(tenantId).orElseThrow(() -> new NotFoundException("tenant", tenantId));
    }

    Service service(String tenantId, String serviceId) {
        return services.find(tenantId, serviceId).orElseThrow(() -> new NotFoundException("service", serviceId));
    }
}
