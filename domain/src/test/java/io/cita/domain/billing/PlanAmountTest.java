package io.cita.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A plan's configured amounts: per currency, monthly and optionally yearly; anything else is refused at start. */
class PlanAmountTest {
    @Test
    void readsEachCurrencysMonthlyAndYearlyAmount() {
        assertThat(PlanAmount.parseAll(" EUR 29/290 , usd 32.50")).containsExactly(
                new PlanAmount("EUR", PlanPrices.Interval.MONTH, new BigDecimal("29")),
                new PlanAmount("EUR", PlanPrices.Interval.YEAR, new BigDecimal("290")),
                new PlanAmount("USD", PlanPrices.Interval.MONTH, new BigDecimal("32.50")));
        assertThat(PlanAmount.parseAll("  ")).isEmpty();
        assertThat(PlanAmount.parseAll(null)).isEmpty();
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        for (String bad : new String[] {"EUR", "EUR 29/290/2900", "XXY 29", "EUR -1", "EUR 9.999", "EUR nine"}) {
            assertThatThrownBy(() -> PlanAmount.parseAll(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
    }
}
