package io.cita.domain.shared;

import java.util.regex.Pattern;

/** A phone number in E.164 form: '+' then up to 15 digits, no leading zero. */
public record PhoneNumber(String value) {
    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{6,14}$");

    public PhoneNumber {
        if (value == null || !E164.matcher(value).matches()) {
            throw new InvalidValueException("must be an E.164 phone number such as +34612345678");
        }
    }
}
