package io.cita.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.domain.tenant.Slug;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValueObjectsTest {

    @Test
    void slugsAreLowerCaseWordsJoinedBySingleHyphens() {
        assertThat(new Slug("bella-hair-salon").value()).isEqualTo("bella-hair-salon");
        for (String bad : new String[] {"ab", "Bella", "bella--hair", "-bella", "bella-", "bella hair", "a".repeat(51)}) {
            assertThatThrownBy(() -> new Slug(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void phonesAreE164_emailsAreLowerCased_moneyIsNonNegativeIso4217() {
        assertThat(new PhoneNumber("+34612345678").value()).isEqualTo("+34612345678");
        assertThatThrownBy(() -> new PhoneNumber("612345678")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PhoneNumber("+0612345678")).isInstanceOf(InvalidValueException.class);
        assertThat(new EmailAddress("Info@BellaHair.com").value()).isEqualTo("info@bellahair.com");
        assertThatThrownBy(() -> new EmailAddress("not-an-email")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Money(-1, "EUR")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Money(1, "XYZ")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void moneyIsWrittenInTheCurrencysOwnMinorUnit_asTheLocaleWritesPrices() {
        assertThat(new Money(3500, "EUR").format(Locale.forLanguageTag("es-ES"))).isEqualTo("35,00\u00a0€");
        assertThat(new Money(3500, "EUR").format(Locale.forLanguageTag("en-GB"))).isEqualTo("€35.00");
        assertThat(new Money(25000, "CLP").format(Locale.forLanguageTag("es-ES"))).isEqualTo("25.000\u00a0CLP");
        assertThat(new Money(25000, "CLP").format(Locale.forLanguageTag("en-GB"))).isEqualTo("CLP25,000");
        assertThat(new Money(25000, "CLP").display()).isEqualTo("25000 CLP");
        assertThat(new Money(3500, "EUR").display()).isEqualTo("35.00 EUR");
    }

    @Test
    void idsCarryTheirPrefixAndTwentySixCrockfordCharacters() {
        assertThat(IdPrefix.BOOKING.matches("bkg_01HZX3F7Q8W9E2R5T6Y7Z8A9B0")).isTrue();
        assertThat(IdPrefix.BOOKING.matches("svc_01HZX3F7Q8W9E2R5T6Y7Z8A9B0")).isFalse();
        assertThat(IdPrefix.BOOKING.matches("bkg_01HZX3F7Q8W9E2R5T6Y7U8A9B0")).isFalse();
        assertThat(IdPrefix.BOOKING.matches("bkg_../../etc/passwd")).isFalse();
    }
}
