package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.AdminJson;
import io.cita.adapters.rest.dto.BillingJson;
import io.cita.adapters.rest.dto.GrantJson;
import io.cita.adapters.rest.dto.Fields;
import io.cita.adapters.rest.dto.PageJson;
import io.cita.adapters.rest.dto.TenantJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.security.TenantAccessRule;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.AdministerTenantsUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The platform's super-admins: every tenant, and its plan and status. */
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Platform")
@CommonProblems
@Controller("/v1/admin/tenants")
public class AdminController {
    private final AdministerTenantsUseCase tenants;

    public AdminController(AdministerTenantsUseCase tenants) {
        this.tenants = tenants;
    }

    /**
     * Lists every tenant of the platform. Super-admins only, a page at a time.
     */
    @Operation(operationId = "listTenants")
    @Get
    public PageJson<TenantJson.Response> list(@Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor) {
        return PageJson.from(tenants.list(Paging.of(limit, cursor)), TenantJson.Response::from);
    }

    /**
     * Reads one tenant. Super-admins only.
     */
    @Operation(operationId = "getTenantAsAdmin")
    @Get("/{tenantId}")
    public TenantJson.Response get(String tenantId) {
        return TenantJson.Response.from(tenants.get(tenantId));
    }

    /**
     * Changes a tenant's plan or status. Super-admins only; downgrades keep the tenant's data.
     */
    @Operation(operationId = "changeTenantSubscription")
    @Patch("/{tenantId}")
    public TenantJson.Response change(String tenantId, @Body AdminJson request,
                                      @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return TenantJson.Response.from(tenants.changeSubscription(tenantId, request.planValue(), request.statusValue(),
                actor));
    }

    /**
     * Grants message credits for a month beyond the tenant's plan (a goodwill gesture, a migration). Super-admins
     * only; audited as {@code tenant.credits-granted}.
     */
    @Operation(operationId = "grantMessageCredits")
    @Post("/{tenantId}/credits")
    public GrantJson.Granted grant(String tenantId, @Body GrantJson.Grant request,
                                     @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        AdministerTenantsUseCase.CreditsGranted granted = tenants.grantMessageCredits(tenantId,
                Fields.required("messages", request.messages()), Fields.month("month", request.month()),
                request.reason(), actor);
        return new GrantJson.Granted(granted.month().toString(), granted.messagesGranted());
    }

    /** Extends a business's free trial. Super-admins only; audited as {@code tenant.trial-extended}. */
    @Operation(operationId = "extendTrial")
    @Post("/{tenantId}/trial")
    public TenantJson.Response extendTrial(String tenantId, @Body GrantJson.TrialExtension request,
                                           @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return TenantJson.Response.from(tenants.extendTrial(tenantId, Fields.required("days", request.days()),
                actor));
    }

    /** A tenant's payments, the newest invoice first. Super-admins only. */
    @Operation(operationId = "listTenantPaymentsAsAdmin")
    @Get("/{tenantId}/payments")
    public PageJson<BillingJson.PaymentJson> payments(String tenantId, @Nullable @QueryValue Integer limit,
                                                      @Nullable @QueryValue String cursor) {
        return PageJson.from(tenants.payments(tenantId, Paging.of(limit, cursor)), BillingJson.PaymentJson::from);
    }
}
