package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.PlanJson;
import io.cita.adapters.rest.security.AddressPolicy;
import io.cita.adapters.rest.security.RateLimited;
import io.cita.application.port.in.ReadPlansUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;

/**
 * The plans, open to anyone (a pricing page reads them before signing up): limits and prices per currency and
 * interval, rate-limited per address in a bucket of their own and cacheable for a few minutes.
 */
@Tag(name = "Billing")
@Controller("/v1/plans")
public class PlansController {
    private final ReadPlansUseCase plans;

    public PlansController(ReadPlansUseCase plans) {
        this.plans = plans;
    }

    /** Every plan, cheapest first, with its limits and prices. */
    @Operation(operationId = "listPlans")
    @RateLimited(AddressPolicy.PLAN_LIST)
    @Get
    public HttpResponse<Map<String, List<PlanJson>>> list() {
        return HttpResponse.ok(Map.of("items", plans.plans().stream().map(PlanJson::from).toList()))
                .header("Cache-Control", "public, max-age=300");
    }
}
