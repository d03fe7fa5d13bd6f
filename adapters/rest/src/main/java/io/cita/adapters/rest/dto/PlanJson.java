package io.cita.adapters.rest.dto;

import io.cita.application.port.in.ReadPlansUseCase.PlanOffer;
import io.cita.domain.billing.PlanAmount;
import io.cita.domain.plan.PlanLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** A plan as anyone may read it: its limits (-1 is unlimited) and what it costs per currency and interval. */
@Schema(name = "Plan")
public record PlanJson(@Schema(example = "STARTER") String code,
                       @Schema(description = "Whether a checkout sells it on this Cita") boolean purchasable,
                       Limits limits, List<Price> prices) {
    public static PlanJson from(PlanOffer offer) {
        PlanLimits l = offer.plan().limits();
        return new PlanJson(offer.plan().code().name(), offer.sold(), new Limits(l.services(), l.resources(),
                l.staffUsers(), l.bookingsPerMonth(), l.messageCredits(), l.voiceMinutesPerMonth()),
                offer.amounts().stream().map(Price::from).toList());
    }

    /** The plan's limits; -1 is unlimited. */
    @Schema(name = "PlanLimits")
    public record Limits(int services, int resources, int staffUsers, int bookingsPerMonth,
                         int messagesPerMonth, int voiceMinutesPerMonth) {
    }

    /** What the plan costs in one currency, paid every interval. */
    @Schema(name = "PlanPrice")
    public record Price(@Schema(example = "EUR") String currency,
                        @Schema(example = "MONTH", description = "MONTH or YEAR") String interval,
                        @Schema(example = "29.00") BigDecimal amount) {
        static Price from(PlanAmount amount) {
            return new Price(amount.currency(), amount.interval().name(), amount.amount());
        }
    }
}
