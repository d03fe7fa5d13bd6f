package io.cita.application.service;

import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageTenantUseCase;
import io.cita.application.port.in.ReadAuditLogUseCase;
import io.cita.application.port.in.ReportUsageUseCase;
import io.cita.application.port.in.TenantDetails;
import io.cita.application.port.out.AuditLog;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.Plans;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.out.UsageCounters;
import io.cita.application.port.query.AuditEntry;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.plan.Plan;
import io.cita.domain.shared.InvalidValueException;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantSettings;
import io.cita.domain.voice.CallLog;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/** Reads and updates a tenant's profile and reports its monthly usage. */
public class TenantService implements ManageTenantUseCase, ReportUsageUseCase, ReadAuditLogUseCase {
    private final Tenants tenants;
    private final Bookings bookings;
    private final Plans plans;
    private final Lookups lookups;
    private final AuditLog auditLog;
    private final UsageCounters usage;
    private final AuditTrail audit;

    public TenantService(Tenants tenants, Bookings bookings, Plans plans, UsageCounters usage, AuditLog auditLog,
                         AuditTrail audit) {
        this.usage = usage;
        this.auditLog = auditLog;
        this.audit = audit;
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
    public Plan plan(String tenantId) {
        return plans.plan(lookups.tenant(tenantId).plan());
    }

    @Override
    public Optional<Tenant> findBySlug(String slug) {
        return slug == null || slug.length() > 50 ? Optional.empty() : tenants.findBySlug(slug);
    }

    @Override
    public Tenant update(String tenantId, TenantDetails details, Actor actor) {
        Tenant current = lookups.tenant(tenantId);
        try {
            TenantSettings.check(details.settings() == null ? Map.of() : details.settings());
        } catch (InvalidValueException e) {
            throw new InvalidValueException("settings." + e.getMessage());
        }
        Tenant updated = current.withProfile(details.name(), details.businessType(), details.timezone(),
                details.locale(), details.settings());
        tenants.update(updated, audit.pending(tenantId, actor, "tenant.updated", "tenant", tenantId, current, updated));
        return updated;
    }

    @Override
    public Page<AuditEntry> auditLog(String tenantId, PageRequest page) {
        lookups.tenant(tenantId);
        return auditLog.list(tenantId, page);
    }

    @Override
    public Usage usage(String tenantId, YearMonth period) {
        Tenant tenant = lookups.tenant(tenantId);
        UsageCounters.VoiceUsage voice = usage.voiceIn(tenantId, period);
        return new Usage(period, plans.plan(tenant.plan()), bookings.createdIn(tenantId, period),
                usage.messagesIn(tenantId, period), usage.messagesGranted(tenantId, period), voice.calls(),
                CallLog.minutes(voice.seconds()));
    }
}
