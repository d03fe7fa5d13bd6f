package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.BillingJson;
import io.cita.adapters.rest.dto.PageJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.application.port.in.AdministerTenantsUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The platform's super-admins: every business's payments. */
@SecurityRequirement(name = "bearer")
@Tag(name = "Platform")
@CommonProblems
@Controller("/v1/admin/payments")
public class AdminPaymentsController {
    private final AdministerTenantsUseCase tenants;

    public AdminPaymentsController(AdministerTenantsUseCase tenants) {
        this.tenants = tenants;
    }

    /** Every business's payments, a page at a time; each payment names its tenant. Super-admins only. */
    @Operation(operationId = "listAllPayments")
    @Get
    public PageJson<BillingJson.PaymentJson> list(@Nullable @QueryValue Integer limit,
                                                  @Nullable @QueryValue String cursor) {
        return PageJson.from(tenants.allPayments(Paging.of(limit, cursor)), BillingJson.PaymentJson::from);
    }
}
