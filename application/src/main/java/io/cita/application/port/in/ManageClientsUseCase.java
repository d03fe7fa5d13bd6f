package io.cita.application.port.in;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.client.Client;

/** Keeping a tenant's customers; phone and e-mail are unique per tenant. */
public interface ManageClientsUseCase {
    Client create(String tenantId, ClientDetails details, Actor actor);

    Client update(String tenantId, String clientId, ClientDetails details, Actor actor);

    Client get(String tenantId, String clientId);

    Page<Client> list(String tenantId, PageRequest page);

    Client deactivate(String tenantId, String clientId, Actor actor);
}
