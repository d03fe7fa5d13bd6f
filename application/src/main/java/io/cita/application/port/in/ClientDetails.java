package io.cita.application.port.in;

import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.PhoneNumber;

/** The fields of a client a tenant or the client sets. */
public record ClientDetails(String firstName, String lastName, EmailAddress email, PhoneNumber phone) {
}
