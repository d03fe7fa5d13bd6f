package io.cita.application.port.out;

import io.cita.domain.client.Client;
import java.util.Optional;

/** Outgoing persistence port for a tenant's customers; phone and e-mail are unique per tenant. */
public interface Clients {
    /** Stores a new client; a phone or e-mail already used in the tenant throws a conflict naming the field. */
    void create(Client client);

    /** Updates a client under the same uniqueness rule. */
    void update(Client client);

    Optional<Client> find(String tenantId, String clientId);

    Optional<Client> findByPhone(String tenantId, String phone);

    Optional<Client> findByEmail(String tenantId, String email);

    Page<Client> list(String tenantId, PageRequest page);
}
