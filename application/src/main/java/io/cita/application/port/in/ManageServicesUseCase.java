package io.cita.application.port.in;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.catalog.Service;

/** Keeping a tenant's bookable services, within the plan's limit of active services. */
public interface ManageServicesUseCase {
    Service create(String tenantId, ServiceDetails details, Actor actor);

    Service update(String tenantId, String serviceId, ServiceDetails details, Actor actor);

    Service get(String tenantId, String serviceId);

    Page<Service> list(String tenantId, PageRequest page);

    Service deactivate(String tenantId, String serviceId, Actor actor);
}
