package io.cita.adapters.messaging;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.cita.application.port.out.PhoneNumbers;
import io.cita.domain.shared.PhoneNumber;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Phone numbers read with Google's libphonenumber: a national number in the business's country
 * ({@code 0991234567} in Ecuador is {@code +593991234567}), an international one as it is; only a number valid for
 * its region is taken, in E.164.
 */
@Singleton
public class LibPhoneNumbers implements PhoneNumbers {
    private static final int LONGEST = 40;
    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    @Override
    public Optional<PhoneNumber> parse(String text, String country) {
        if (text == null || text.isBlank() || text.length() > LONGEST) {
            return Optional.empty();
        }
        try {
            com.google.i18n.phonenumbers.Phonenumber.PhoneNumber number = util.parse(text.strip(), country);
            if (!util.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
