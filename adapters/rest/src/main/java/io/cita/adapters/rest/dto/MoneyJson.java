package io.cita.adapters.rest.dto;

import io.cita.domain.shared.Money;

/** Money on the wire: an amount in minor units and an ISO 4217 currency. */
public record MoneyJson(Long amount, String currency) {
    public static MoneyJson from(Money money) {
        return new MoneyJson(money.amount(), money.currency());
    }
}
