package io.cita.adapters.rest.problem;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds, in a failure's causes, the field a JSON body named twice (Jackson's strict duplicate detection). */
final class DuplicateFields {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{1,100})'");

    private DuplicateFields() {
    }

    /** The field named twice, if that is why the body could not be read. */
    static Optional<String> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Matcher matcher = DUPLICATE.matcher(String.valueOf(cause.getMessage()));
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    /** The problem of a body naming {@code field} twice: which value was meant cannot be known. */
    static Problem problem(String field) {
        return Problems.validation(field, "appears twice in the body");
    }
}
