package io.cita.application.service;

import io.cita.application.port.in.Actor;
import io.cita.application.port.in.AdministerTenantsUseCase;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;

/** What the platform's super-admins do to tenants; every change is audited in the tenant's log. */
public class TenantAdministrationService implements AdministerTenantsUseCase {
    private final Tenants tenants;
    private final Lookups lookups;
    private final AuditTrail audit;

    public TenantAdministrationService(Tenants tenants, AuditTrail audit) {
        this.tenants = tenants;
        this.lookups = new Lookups(tenants, null);
        this.audit = audit;
    }

    @Override
    public Page<Tenant> list(PageRequest page) {
        return tenants.list(page);
    }

    @Override
    public Tenant get(String tenantId) {
        return lookups.tenant(tenantId);
    }

    @Override
    public Tenant changeSubscription(String tenantId, PlanCode plan, TenantStatus status, Actor actor) {
        Tenant current = lookups.tenant(tenantId);
        Tenant updated = current.withSubscription(plan == null ? current.plan() : plan,
                status == null ? current.status() : status);
        tenants.update(updated,
                audit.pending(tenantId, actor, "tenant.subscription-changed", "tenant", tenantId, current, updated));
        return updated;
    }
}
