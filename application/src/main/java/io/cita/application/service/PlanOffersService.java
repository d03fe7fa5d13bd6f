package io.cita.application.service;

import io.cita.application.port.in.ReadPlansUseCase;
import io.cita.application.port.out.Plans;
import io.cita.domain.billing.PlanPrices;
import io.cita.domain.plan.PlanCode;
import java.util.Arrays;
import java.util.List;

/** Every plan with its limits as stored and its amounts and prices as configured, cheapest first. */
public class PlanOffersService implements ReadPlansUseCase {
    private final Plans plans;
    private final PlanPrices prices;

    public PlanOffersService(Plans plans, PlanPrices prices) {
        this.plans = plans;
        this.prices = prices;
    }

    @Override
    public List<PlanOffer> plans() {
        return Arrays.stream(PlanCode.values()).map(code -> new PlanOffer(plans.plan(code), prices.amountsOf(code),
                prices.priceOf(code, PlanPrices.Interval.MONTH).isPresent())).toList();
    }
}
