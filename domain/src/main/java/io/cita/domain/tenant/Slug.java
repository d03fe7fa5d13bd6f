package io.cita.domain.tenant;

import io.cita.domain.shared.InvalidValueException;
import java.util.regex.Pattern;

/** A tenant's URL-friendly identifier: lower-case words joined by single hyphens, 3-50 characters. */
public record Slug(String value) {
    private static final Pattern FORMAT = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    public Slug {
        if (value == null || value.length() < 3 || value.length() > 50 || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("must be 3-50 lower-case letters, digits and single hyphens");
        }
    }
}
