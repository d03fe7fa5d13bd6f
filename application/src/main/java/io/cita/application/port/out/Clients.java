package io.cita.application.port.out;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.client.Client;
import java.util.Optional;

/** Outgoing persistence port for a tenant's customers; phone and e-mail are unique per tenant. */
public interface Clients {
    /**
     * Stores a new client with its audit entry (null: none) in the same atomic step; a phone or e-mail already used
     * in the tenant throws a conflict naming the field, and writes neither.
     */
    void create(Client client, AuditRecord audit);

    /** Updates a client under the same uniqueness rule, with its audit entry in the same atomic step. */
    default void update(Client client, AuditRecord audit) {
        update(client, audit, null);
    }

    /** {@link #update(Client, AuditRecord)}, with an outbox event (null: none) in the same atomic step too. */
    void update(Client client, AuditRecord audit, OutboxRecord event);

    Optional<Client> find(String tenantId, String clientId);

    Optional<Client> findByPhone(String tenantId, String phone);

    /** The id of the tenant's client with this phone number: one key lookup, for callers that need no more. */
    Optional<String> idByPhone(String tenantId, String phone);

    /** The id of the tenant's client with this e-mail address, as {@link #idByPhone}. */
    Optional<String> idByEmail(String tenantId, String email);

    Page<Client> list(String tenantId, PageRequest page);
}
