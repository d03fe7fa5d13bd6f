package io.cita.domain.billing;

import io.cita.domain.plan.PlanCode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each paid plan costs: the payment provider's price ids (its monthly price first, its yearly one second), and
 * the amounts shown for them per currency and interval.
 */
public final class PlanPrices {
    /** How often a plan is paid for. */
    public enum Interval { MONTH, YEAR }

    private final Map<PlanCode, List<String>> prices;
    private final Map<PlanCode, List<PlanAmount>> amounts;

    public PlanPrices(Map<PlanCode, List<String>> prices) {
        this(prices, Map.of());
    }

    public PlanPrices(Map<PlanCode, List<String>> prices, Map<PlanCode, List<PlanAmount>> amounts) {
        this.prices = new EnumMap<>(PlanCode.class);
        prices.forEach((plan, ids) -> this.prices.put(plan, List.copyOf(ids)));
        this.amounts = new EnumMap<>(PlanCode.class);
        amounts.forEach((plan, list) -> this.amounts.put(plan, List.copyOf(list)));
    }

    /** What {@code plan} costs per currency and interval; none for a free plan or one not sold here. */
    public List<PlanAmount> amountsOf(PlanCode plan) {
        return amounts.getOrDefault(plan, List.of());
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
