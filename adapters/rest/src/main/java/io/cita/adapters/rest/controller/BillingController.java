package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.BillingJson;
import io.cita.adapters.rest.dto.Fields;
import io.cita.adapters.rest.dto.PageJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.security.TenantAccessRule;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageBillingUseCase;
import io.cita.application.port.in.ManageTenantUseCase;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.billing.PlanPrices;
import io.cita.domain.plan.PlanCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A business's billing: its plan, status and subscription; paying for a plan and managing it. */
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Billing")
@CommonProblems
@Controller("/v1/tenants/{tenantId}/billing")
public class BillingController {
    private static final int RECENT_PAYMENTS = 12;
    private final ManageBillingUseCase billing;
    private final ManageTenantUseCase tenants;

    public BillingController(ManageBillingUseCase billing, ManageTenantUseCase tenants) {
        this.billing = billing;
        this.tenants = tenants;
    }

    /** The business's plan and status, and its paid subscription as the payment provider last reported it. */
    @Operation(operationId = "getBilling")
    @Get
    public BillingJson.Overview get(String tenantId) {
        return BillingJson.Overview.from(tenants.get(tenantId), billing.subscription(tenantId).orElse(null),
                billing.payments(tenantId, new PageRequest(RECENT_PAYMENTS, null)).items());
    }

    /** The business's payments, the newest invoice first. */
    @Operation(operationId = "listPayments")
    @Get("/payments")
    public PageJson<BillingJson.PaymentJson> payments(String tenantId, @Nullable @QueryValue Integer limit,
                                                      @Nullable @QueryValue String cursor) {
        return PageJson.from(billing.payments(tenantId, Paging.of(limit, cursor)), BillingJson.PaymentJson::from);
    }

    /**
     * Starts paying for a plan (the owner only): the URL of the payment provider's hosted checkout. When it is paid,
     * the provider's webhook sets the plan and status.
     */
    @Operation(operationId = "startCheckout")
    @Post("/checkout")
    public BillingJson.Page checkout(String tenantId, @Body BillingJson.Checkout request,
                                     @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return new BillingJson.Page(billing.checkout(tenantId,
                Fields.required("plan", Fields.enumValue("plan", PlanCode.class, request.plan())),
                Fields.enumValue("interval", PlanPrices.Interval.class, request.interval()), request.successUrl(),
                request.cancelUrl(), actor));
    }

    /** The URL of the payment provider's portal, where the owner changes the plan, the card or cancels. */
    @Operation(operationId = "openBillingPortal")
    @Post("/portal")
    public BillingJson.Page portal(String tenantId, @Body BillingJson.Portal request,
                                   @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return new BillingJson.Page(billing.portal(tenantId, request.returnUrl(), actor));
    }
}
