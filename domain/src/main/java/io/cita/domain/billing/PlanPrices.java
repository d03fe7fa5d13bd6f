package io.cita.domain.billing;

import io.cita.domain.plan.PlanCode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The payment provider's price ids of each paid plan: its monthly price first, its yearly one second. */
public final class PlanPrices {
    /** How often a plan is paid for. */
    public enum Interval { MONTH, YEAR }

    private final Map<PlanCode, List<String>> prices;

    public PlanPrices(Map<PlanCode, List<String>> prices) {
        this.prices = new EnumMap<>(PlanCode.class);
        prices.forEach((plan, ids) -> this.prices.put(plan, List.copyOf(ids)));
    }

    /** The price of {@code plan} paid every {@code interval}, if it has one. */
    public Optional<String> priceOf(PlanCode plan, Interval interval) {
        List<String> ids = prices.getOrDefault(plan, List.of());
        int index = interval == Interval.MONTH ? 0 : 1;
        return ids.size() > index ? Optional.of(ids.get(index)) : Optional.empty();
    }

    /** The plan a price belongs to. */
    public Optional<PlanCode> planOf(String priceId) {
        return prices.entrySet().stream().filter(entry -> entry.getValue().contains(priceId)).map(Map.Entry::getKey)
                .findFirst();
    }
}
