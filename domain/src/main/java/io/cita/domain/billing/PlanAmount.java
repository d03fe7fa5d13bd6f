package io.cita.domain.billing;

import io.cita.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** What a plan costs in one currency, paid every {@link PlanPrices.Interval} (monthly, or yearly when sold so). */
public record PlanAmount(String currency, PlanPrices.Interval interval, BigDecimal amount) {
    public PlanAmount {
        Objects.requireNonNull(interval, "interval");
        try {
            currency = Currency.getInstance(Objects.requireNonNull(currency, "currency").toUpperCase(Locale.ROOT))
                    .getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("currency must be an ISO 4217 code: " + currency);
        }
        if (amount == null || amount.signum() < 0 || amount.scale() > 2) {
            throw new InvalidValueException("an amount must be zero or more, with at most two decimals");
        }
    }

    /**
     * Reads a plan's amounts as configured: currencies separated by commas, each {@code CODE monthly[/yearly]}, as
     * in {@code "EUR 29/290, USD 32/320"}; blank is none.
     */
    public static List<PlanAmount> parseAll(String text) {
        List<PlanAmount> amounts = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return amounts;
        }
        for (String entry : text.split(",")) {
            String[] parts = entry.strip().split("\\s+");
            if (parts.length != 2) {
                throw new InvalidValueException("a plan amount is 'CODE monthly[/yearly]', not '" + entry.strip()
                        + "'");
            }
            String[] byInterval = parts[1].split("/");
            if (byInterval.length > 2) {
                throw new InvalidValueException("a plan amount has a monthly and at most a yearly amount: " + entry);
            }
            try {
                amounts.add(new PlanAmount(parts[0], PlanPrices.Interval.MONTH, new BigDecimal(byInterval[0])));
                if (byInterval.length == 2) {
                    amounts.add(new PlanAmount(parts[0], PlanPrices.Interval.YEAR, new BigDecimal(byInterval[1])));
                }
            } catch (NumberFormatException e) {
                throw new InvalidValueException("a plan amount is a number: " + entry.strip());
            }
        }
        return amounts;
    }
}
