package io.cita.application.port.in;

import io.cita.application.error.InvalidRequestException;
import io.cita.domain.access.Role;
import io.cita.domain.shared.EmailAddress;

/** Invite a person to a tenant by e-mail, in a role (staff: with their resource), with the name to greet them by. */
public record AddMemberCommand(EmailAddress email, String firstName, String lastName, Role role, String resourceId) {
    /** The longest first or last name an account keeps. */
    public static final int LONGEST_NAME = 100;

    public AddMemberCommand {
        firstName = name("firstName", firstName);
        lastName = name("lastName", lastName);
    }

    /** A person's first or last name as given, trimmed (blank: null); 400 naming {@code field} when too long. */
    public static String name(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.trim().length() > LONGEST_NAME) {
            throw new InvalidRequestException(field, "must be at most " + LONGEST_NAME + " characters");
        }
        return value.trim();
    }
}
