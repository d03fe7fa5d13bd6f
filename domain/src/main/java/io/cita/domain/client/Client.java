package io.cita.domain.client;

import io.cita.domain.shared.InvalidValueException;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.PhoneNumber;
import java.util.Objects;

/** A tenant's customer; phone and e-mail are each unique within the tenant. */
public record Client(String id, String tenantId, String firstName, String lastName, EmailAddress email,
                     PhoneNumber phone, boolean active) {
    public Client {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        if (firstName == null || firstName.isBlank() || firstName.length() > 100) {
            throw new InvalidValueException("firstName must be 1-100 characters");
        }
        if (lastName != null && lastName.length() > 100) {
            throw new InvalidValueException("lastName must be at most 100 characters");
        }
        if (email == null && phone == null) {
            throw new InvalidValueException("a client needs an e-mail address or a phone number");
        }
    }

    public Client deactivated() {
        return new Client(id, tenantId, firstName, lastName, email, phone, false);
    }
}
