package io.cita.application.service;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.error.PlanLimitExceededException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageServicesUseCase;
import io.cita.application.port.in.ServiceDetails;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Categories;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.Plans;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.catalog.Service;
import io.cita.domain.plan.Limit;
import io.cita.domain.plan.LimitKind;
import io.cita.domain.plan.PlanLimitPolicy;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Tenant;

/** Keeps a tenant's bookable services within its plan's limit of active services. */
public class ServiceCatalogService implements ManageServicesUseCase {
    private final CatalogServices services;
    private final Categories categories;
    private final Plans plans;
    private final IdGenerator ids;
    private final Lookups lookups;
    private final AuditTrail audit;

    public ServiceCatalogService(CatalogServices services, Categories categories, Tenants tenants, Plans plans,
                                 IdGenerator ids, AuditTrail audit) {
        this.audit = audit;
        this.services = services;
        this.categories = categories;
        this.plans = plans;
        this.ids = ids;
        this.lookups = new Lookups(tenants, services);
    }

    @Override
    public Service create(String tenantId, ServiceDetails details, Actor actor) {
        Tenant tenant = lookups.tenant(tenantId);
        Service service = build(ids.newId(IdPrefix.SERVICE), tenant, details);
        if (!services.create(service, limit(tenant),
                audit.pending(tenantId, actor, "service.created", "service", service.id(), null, service))) {
            throw new PlanLimitExceededException(LimitKind.SERVICES, tenant.plan(), limit(tenant));
        }
        return service;
    }

    @Override
    public Service update(String tenantId, String serviceId, ServiceDetails details, Actor actor) {
        Tenant tenant = lookups.tenant(tenantId);
        Service current = lookups.service(tenantId, serviceId);
        Service service = build(serviceId, tenant, details);
        if (!services.update(service, limit(tenant),
                audit.pending(tenantId, actor, "service.updated", "service", serviceId, current, service))) {
            throw new PlanLimitExceededException(LimitKind.SERVICES, tenant.plan(), limit(tenant));
        }
        return service;
    }

    @Override
    public Service get(String tenantId, String serviceId) {
        return lookups.service(tenantId, serviceId);
    }

    @Override
    public Page<Service> list(String tenantId, PageRequest page) {
        lookups.tenant(tenantId);
        return services.list(tenantId, page);
    }

    @Override
    public Service deactivate(String tenantId, String serviceId, Actor actor) {
        Service current = lookups.service(tenantId, serviceId);
        Service deactivated = current.deactivated();
        services.update(deactivated, Limit.unlimited(),
                audit.pending(tenantId, actor, "service.deactivated", "service", serviceId, current, deactivated));
        return deactivated;
    }

    private Limit limit(Tenant tenant) {
        return PlanLimitPolicy.limitOf(plans.plan(tenant.plan()), LimitKind.SERVICES);
    }

    private Service build(String id, Tenant tenant, ServiceDetails details) {
        if (details.categoryId() != null && categories.find(tenant.id(), details.categoryId()).isEmpty()) {
            throw new InvalidRequestException("categoryId", "no such category");
        }
        if (!details.price().currency().equals(tenant.currency())) {
            throw new InvalidRequestException("price.currency", "must be the tenant's currency " + tenant.currency());
        }
        return new Service(id, tenant.id(), details.categoryId(), details.name(), details.description(),
                details.durationMinutes(), details.bufferBeforeMinutes(), details.bufferAfterMinutes(),
                details.slotIntervalMinutes(), details.price(), details.capacity(), details.minNoticeMinutes(),
                details.maxAdvanceDays(), details.cancellationNoticeHours(), details.requiresConfirmation(),
                details.active(), details.requirements());
    }
}
