package io.cita.application.service;

import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageTenantUseCase;
import io.cita.application.port.in.ReportUsageUseCase;
import io.cita.application.port.in.TenantDetails;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.Plans;
import io.cita.application.port.out.Tenants;
import io.cita.domain.tenant.Tenant;
import java.time.YearMonth;
import java.util.Optional;

/** Reads and updates a tenant's profile and reports its monthly usage. */
public class TenantService implements ManageTenantUseCase, ReportUsageUseCase {
    private final Tenants tenants;
    private final Bookings bookings;
    private final Plans plans;
    private final Lookups lookups;

    public TenantService(Tenants tenants, Bookings bookings, Plans plans) {
        this.tenants = tenants;
        this.bookings = bookings;
        this.plans = plans;
        this.lookups = new Lookups(tenants, null);
    }

    @Override
    public Tenant get(String tenantId) {
        return lookups.tenant(tenantId);
    }

    @Override
    public Optional<Tenant> findBySlug(String slug) {
        return slug == null || slug.length() > 50 ? Optional.empty() : tenants.findBySlug(slug);
    }

    @Override
    public Tenant update(String tenantId, TenantDetails details, Actor actor) {
        Tenant updated = lookups.tenant(tenantId).withProfile(details.name(), details.businessType(),
                details.timezone(), details.locale(), details.settings());
        tenants.update(updated);
        return updated;
    }

    @Override
    public Usage usage(String tenantId, YearMonth period) {
        Tenant tenant = lookups.tenant(tenantId);
        return new Usage(period, plans.plan(tenant.plan()), bookings.createdIn(tenantId, period), 0);
    }
}
