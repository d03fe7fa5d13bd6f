package io.cita.application.service;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.error.NotFoundException;
import io.cita.application.error.PlanLimitExceededException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ExceptionDetails;
import io.cita.application.port.in.ManageResourcesUseCase;
import io.cita.application.port.in.ResourceDetails;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.Plans;
import io.cita.application.port.out.Resources;
import io.cita.application.port.out.Schedules;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.plan.Limit;
import io.cita.domain.plan.LimitKind;
import io.cita.domain.plan.PlanLimitPolicy;
import io.cita.domain.resource.Resource;
import io.cita.domain.schedule.ScheduleException;
import io.cita.domain.schedule.WeeklyRule;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Tenant;
import java.util.Collection;
import java.util.List;

/** Keeps a tenant's resources and their working time within its plan's limit of active resources. */
public class ResourceService implements ManageResourcesUseCase {
    private static final int MAX_RULES = 70;
    private static final int MAX_EXCEPTIONS = 1000;
    private static final int MAX_SERVICES = 200;
    private final Resources resources;
    private final CatalogServices services;
    private final Schedules schedules;
    private final Plans plans;
    private final IdGenerator ids;
    private final Lookups lookups;
    private final AuditTrail audit;

    public ResourceService(Resources resources, CatalogServices services, Schedules schedules, Tenants tenants,
                           Plans plans, IdGenerator ids, AuditTrail audit) {
        this.audit = audit;
        this.resources = resources;
        this.services = services;
        this.schedules = schedules;
        this.plans = plans;
        this.ids = ids;
        this.lookups = new Lookups(tenants, null);
    }

    @Override
    public Resource create(String tenantId, ResourceDetails details, Actor actor) {
        Tenant tenant = lookups.tenant(tenantId);
        Resource resource = build(ids.newId(IdPrefix.RESOURCE), tenant, details);
        requireServicesOf(tenantId, resource.serviceIds());
        if (!resources.create(resource, limit(tenant),
                audit.pending(tenantId, actor, "resource.created", "resource", resource.id(), null, resource))) {
            throw new PlanLimitExceededException(LimitKind.RESOURCES, tenant.plan(), limit(tenant));
        }
        return resource;
    }

    @Override
    public Resource update(String tenantId, String resourceId, ResourceDetails details, Actor actor) {
        Tenant tenant = lookups.tenant(tenantId);
        Resource current = get(tenantId, resourceId);
        Resource resource = build(resourceId, tenant, details);
        requireServicesOf(tenantId, resource.serviceIds());
        if (!resources.update(resource, limit(tenant),
                audit.pending(tenantId, actor, "resource.updated", "resource", resourceId, current, resource))) {
            throw new PlanLimitExceededException(LimitKind.RESOURCES, tenant.plan(), limit(tenant));
        }
        return resource;
    }

    @Override
    public Resource get(String tenantId, String resourceId) {
        return resources.find(tenantId, resourceId).orElseThrow(() -> new NotFoundException("resource", resourceId));
    }

    @Override
    public Page<Resource> list(String tenantId, PageRequest page) {
        lookups.tenant(tenantId);
        return resources.list(tenantId, page);
    }

    @Override
    public Resource deactivate(String tenantId, String resourceId, Actor actor) {
        Resource current = get(tenantId, resourceId);
        Resource deactivated = current.deactivated();
        resources.update(deactivated, Limit.unlimited(),
                audit.pending(tenantId, actor, "resource.deactivated", "resource", resourceId, current, deactivated));
        return deactivated;
    }

    @Override
    public List<WeeklyRule> replaceSchedule(String tenantId, String resourceId, List<WeeklyRule> rules, Actor actor) {
        get(tenantId, resourceId);
        if (rules.size() > MAX_RULES) {
            throw new InvalidRequestException("rules", "at most " + MAX_RULES + " rules");
        }
        List<WeeklyRule> before = schedules.weeklyRules(tenantId, resourceId);
        schedules.replaceWeeklyRules(tenantId, resourceId, rules,
                audit.pending(tenantId, actor, "schedule.replaced", "resource", resourceId, before, rules));
        return schedules.weeklyRules(tenantId, resourceId);
    }

    @Override
    public List<WeeklyRule> schedule(String tenantId, String resourceId) {
        get(tenantId, resourceId);
        return schedules.weeklyRules(tenantId, resourceId);
    }

    @Override
    public ScheduleException addException(String tenantId, String resourceId, ExceptionDetails details, Actor actor) {
        get(tenantId, resourceId);
        if (schedules.exceptions(tenantId, resourceId).size() >= MAX_EXCEPTIONS) {
            throw new InvalidRequestException("resourceId",
                    "a resource keeps at most " + MAX_EXCEPTIONS + " exceptions");
        }
        ScheduleException exception = new ScheduleException(ids.newId(IdPrefix.EXCEPTION), resourceId, details.kind(),
                details.date(), details.start(), details.end(), details.from(), details.until(), details.reason());
        schedules.addException(tenantId, exception,
                audit.pending(tenantId, actor, "exception.added", "resource", resourceId, null, exception));
        return exception;
    }

    @Override
    public List<ScheduleException> exceptions(String tenantId, String resourceId) {
        get(tenantId, resourceId);
        return schedules.exceptions(tenantId, resourceId);
    }

    @Override
    public void deleteException(String tenantId, String resourceId, String exceptionId, Actor actor) {
        get(tenantId, resourceId);
        if (!schedules.deleteException(tenantId, resourceId, exceptionId,
                audit.pending(tenantId, actor, "exception.deleted", "resource", resourceId, exceptionId, null))) {
            throw new NotFoundException("exception", exceptionId);
        }
    }

    /** Refuses a service id that names no service of this tenant (unknown, or another tenant's) naming the field. */
    private void requireServicesOf(String tenantId, Collection<String> serviceIds) {
        if (serviceIds.size() > MAX_SERVICES) {
            throw new InvalidRequestException("serviceIds", "at most " + MAX_SERVICES + " services");
        }
        for (String serviceId : serviceIds) {
            if (services.find(tenantId, serviceId).isEmpty()) {
                throw new InvalidRequestException("serviceIds", "names no service of this business: " + serviceId);
            }
        }
    }

    private Limit limit(Tenant tenant) {
        return PlanLimitPolicy.limitOf(plans.plan(tenant.plan()), LimitKind.RESOURCES);
    }

    private static Resource build(String id, Tenant tenant, ResourceDetails details) {
        return new Resource(id, tenant.id(), details.name(), details.type(),
                details.timezone() == null ? tenant.timezone() : details.timezone(), details.serviceIds(),
                details.active());
    }
}
