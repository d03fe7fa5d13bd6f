package io.cita.application.port.query;

import io.cita.domain.shared.EmailAddress;
import java.time.Instant;

/** A person who logs in to manage one or more tenants. */
public record UserAccount(String id, EmailAddress email, String passwordHash, String firstName, String lastName,
                          Instant createdAt) {
}
