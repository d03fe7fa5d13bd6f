package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.AuditJson;
import io.cita.adapters.rest.dto.Fields;
import io.cita.adapters.rest.dto.PageJson;
import io.cita.adapters.rest.dto.TenantJson;
import io.cita.adapters.rest.dto.UsageJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.openapi.ConflictProblems;
import io.cita.adapters.rest.security.TenantAccessRule;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageTenantUseCase;
import io.cita.application.port.in.ReadAuditLogUseCase;
import io.cita.application.port.in.ReportUsageUseCase;
import io.cita.domain.tenant.Tenant;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.YearMonth;

/** A tenant's profile, monthly usage and audit log. */
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Tenant")
@CommonProblems
@Controller("/v1/tenants/{tenantId}")
public class TenantController {
    private final ManageTenantUseCase tenants;
    private final ReportUsageUseCase usage;
    private final ReadAuditLogUseCase auditLog;
    private final Clock clock;

    public TenantController(ManageTenantUseCase tenants, ReportUsageUseCase usage, ReadAuditLogUseCase auditLog,
                            Clock clock) {
        this.tenants = tenants;
        this.usage = usage;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Reads the tenant's audit log. Who did what to which entity, newest first.
     */
    @Operation(operationId = "readAuditLog")
    @Get("/audit-log")
    public PageJson<AuditJson> auditLog(String tenantId, @Nullable @QueryValue Integer limit,
                                        @Nullable @QueryValue String cursor) {
        return PageJson.from(auditLog.auditLog(tenantId, Paging.of(limit, cursor)), AuditJson::from);
    }

    /**
     * Reads the tenant's profile.
     */
    @Operation(operationId = "getTenant")
    @Get
    public TenantJson.Response get(String tenantId) {
        return TenantJson.Response.from(tenants.get(tenantId));
    }

    /**
     * Changes the tenant's profile and settings.
     */
    @ConflictProblems
    @Operation(operationId = "updateTenant")
    @Patch
    public TenantJson.Response update(String tenantId, @Body TenantJson.Patch patch,
                                      @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        Tenant current = tenants.get(tenantId);
        return TenantJson.Response.from(tenants.update(tenantId, patch.merge(current), actor));
    }

    /**
     * Reports what the tenant used of its plan in a month. Bookings and messages against the plan's limits; the current
     * month by default.
     */
    @Operation(operationId = "getUsage")
    @Get("/usage")
    public UsageJson usage(String tenantId, @Nullable @QueryValue String period) {
        Tenant tenant = tenants.get(tenantId);
        YearMonth month = period == null ? YearMonth.from(clock.instant().atZone(tenant.timezone()))
                : Fields.month("period", period);
        return UsageJson.from(usage.usage(tenantId, month));
    }
}
