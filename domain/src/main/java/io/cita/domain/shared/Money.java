package io.cita.domain.shared;

import java.math.BigDecimal;
import java.util.Currency;

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
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return digits <= 0 ? amount + " " + currency : BigDecimal.valueOf(amount, digits).toPlainString() + " " + currency;
    }
}
