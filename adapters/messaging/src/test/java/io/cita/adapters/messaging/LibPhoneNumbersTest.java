package io.cita.adapters.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.domain.shared.PhoneNumber;
import org.junit.jupiter.api.Test;

/** Phone numbers as people write them, read in the business's country. */
class LibPhoneNumbersTest {
    private final LibPhoneNumbers numbers = new LibPhoneNumbers();

    @Test
    void aNationalNumber_isReadInTheBusinessesCountry_anInternationalOneAsItIs() {
        assertThat(numbers.parse("0991234567", "EC")).contains(new PhoneNumber("+593991234567"));
        assertThat(numbers.parse("612 34 56 78", "ES")).contains(new PhoneNumber("+34612345678"));
        assertThat(numbers.parse("+34 612-34-56-78", "EC")).contains(new PhoneNumber("+34612345678"));
        assertThat(numbers.parse("(09) 9123 4567", "EC")).contains(new PhoneNumber("+593991234567"));
        assertThat(numbers.parse("0991234567", "ES")).as("not a Spanish number").isEmpty();
        assertThat(numbers.parse("12345", "ES")).isEmpty();
        assertThat(numbers.parse("call me", "ES")).isEmpty();
        assertThat(numbers.parse("", "ES")).isEmpty();
    }
}
