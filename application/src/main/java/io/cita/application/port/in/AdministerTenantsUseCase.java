package io.cita.application.port.in;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;

/** The platform's super-admins list tenants and change their plan and status. */
public interface AdministerTenantsUseCase {
    Page<Tenant> list(PageRequest page);

    Tenant get(String tenantId);

    /** Changes the plan and/or status (null keeps it). */
    Tenant changeSubscription(String tenantId, PlanCode plan, TenantStatus status, Actor actor);
}
