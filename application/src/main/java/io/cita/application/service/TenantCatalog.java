package io.cita.application.service;

import io.cita.application.error.NotFoundException;
import io.cita.domain.catalog.Service;
import io.cita.domain.tenant.Tenant;

/** A tenant as read for this request, with its catalog at the version read with it. */
record TenantCatalog(Tenant tenant, CatalogSnapshot catalog) {
    Service service(String serviceId) {
        return catalog.service(serviceId).orElseThrow(() -> new NotFoundException("service", serviceId));
    }
}
