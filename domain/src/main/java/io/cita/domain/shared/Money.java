package io.cita.domain.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** An amount in minor units of an ISO 4217 currency, e.g. 3500 EUR cents. */
public record Money(long amount, String currency) {
    public Money {
        if (amount < 0) {
            throw new InvalidValueException("amount must not be negative");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new InvalidValueException("currency must be an ISO 4217 code");
        }
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("currency must be an ISO 4217 code");
        }
    }

    /** This amount {@code count} times over; an amount too large for a long is refused. */
    public Money times(int count) {
        try {
            return new Money(Math.multiplyExact(amount, count), currency);
        } catch (ArithmeticException e) {
            throw new InvalidValueException("amount is too large");
        }
    }

    /** The amount as people read it, in major units with its code: {@code 35.00 EUR}, {@code 500 JPY}. */
    public String display() {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return BigDecimal.valueOf(amount, digits).toPlainString() + " " + currency;
    }

    /** The amount as {@code locale} writes a price: {@code 35,00 €} in es-ES, {@code €35.00} in en-GB. */
    public String format(Locale locale) {
        Currency unit = Currency.getInstance(currency);
        int digits = Math.max(0, unit.getDefaultFractionDigits());
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(unit);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(amount, digits));
    }
}
