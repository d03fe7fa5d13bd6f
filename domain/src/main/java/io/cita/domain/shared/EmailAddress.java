package io.cita.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** A syntactically valid e-mail address, stored lower-case. */
public record EmailAddress(String value) {
    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");

    public EmailAddress {
        if (value == null || value.length() > 255 || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("must be a valid e-mail address");
        }
        value = value.toLowerCase(Locale.ROOT);
    }
}
