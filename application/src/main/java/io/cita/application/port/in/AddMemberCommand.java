package io.cita.application.port.in;

import io.cita.domain.access.Role;
import io.cita.domain.shared.EmailAddress;

/** Add a person to a tenant: an existing account by e-mail, or a new one (with the given or a generated password). */
public record AddMemberCommand(EmailAddress email, String firstName, String lastName, Role role, String resourceId,
                               String password) {
}
