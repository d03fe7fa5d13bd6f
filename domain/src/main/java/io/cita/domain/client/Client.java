package io.cita.domain.client;

import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.shared.InvalidValueException;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A tenant's customer; phone and e-mail are each unique within the tenant; how the client may be reached; when their
 * personal data was erased (null: never), after which they have neither phone nor e-mail.
 */
public record Client(String id, String tenantId, String firstName, String lastName, EmailAddress email,
                     PhoneNumber phone, boolean active, ContactPreferences preferences, Instant dataDeletedAt) {
    /** What stands for a piece of personal data once it is erased. */
    public static final String ERASED = "[erased]";

    public Client {
        preferences = preferences == null ? ContactPreferences.DEFAULT : preferences;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        if (firstName == null || firstName.isBlank() || firstName.length() > 100) {
            throw new InvalidValueException("firstName must be 1-100 characters");
        }
        if (lastName != null && lastName.length() > 100) {
            throw new InvalidValueException("lastName must be at most 100 characters");
        }
        if (email == null && phone == null && dataDeletedAt == null) {
            throw new InvalidValueException("a client needs an e-mail address or a phone number");
        }
    }

    /** A client whose data was never erased. */
    public Client(String id, String tenantId, String firstName, String lastName, EmailAddress email, PhoneNumber phone,
                  boolean active, ContactPreferences preferences) {
        this(id, tenantId, firstName, lastName, email, phone, active, preferences, null);
    }

    /** A client with the default contact preferences. */
    public Client(String id, String tenantId, String firstName, String lastName, EmailAddress email, PhoneNumber phone,
                  boolean active) {
        this(id, tenantId, firstName, lastName, email, phone, active, ContactPreferences.DEFAULT);
    }

    public Client deactivated() {
        return new Client(id, tenantId, firstName, lastName, email, phone, false, preferences, dataDeletedAt);
    }

    public Client withPreferences(ContactPreferences newPreferences) {
        return new Client(id, tenantId, firstName, lastName, email, phone, active, newPreferences, dataDeletedAt);
    }

    /**
     * This client after the erasure of their personal data at {@code at}: no names, phone or e-mail, inactive, asked
     * for nothing; the id stays, so that their bookings and the business's counts stay whole.
     */
    public Client erasedAt(Instant at) {
        return new Client(id, tenantId, ERASED, null, null, null, false, ContactPreferences.NOTHING, at);
    }

    public boolean erased() {
        return dataDeletedAt != null;
    }

    /** The channels a booking's messages reach this client on, where the business's phone channel is given. */
    public List<DeliveryChannel> transactionalChannels(DeliveryChannel phoneChannel) {
        return preferences.transactionalChannels(email != null, phone != null, phoneChannel);
    }
}
