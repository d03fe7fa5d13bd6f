package io.cita.application.service;

import io.cita.application.error.NotFoundException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ClientDetails;
import io.cita.application.port.in.ManageClientsUseCase;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.client.Client;
import io.cita.domain.delivery.DeliveryChannel;
import java.util.List;
import io.cita.domain.shared.IdPrefix;

/** Keeps a tenant's customers. */
public class ClientService implements ManageClientsUseCase {
    private final Clients clients;
    private final IdGenerator ids;
    private final Lookups lookups;
    private final AuditTrail audit;

    public ClientService(Clients clients, Tenants tenants, IdGenerator ids, AuditTrail audit) {
        this.audit = audit;
        this.clients = clients;
        this.ids = ids;
        this.lookups = new Lookups(tenants, null);
    }

    @Override
    public Client create(String tenantId, ClientDetails details, Actor actor) {
        lookups.tenant(tenantId);
        Client client = new Client(ids.newId(IdPrefix.CLIENT), tenantId, details.firstName(), details.lastName(),
                details.email(), details.phone(), true);
        clients.create(client, audit.pending(tenantId, actor, "client.created", "client", client.id(), null, client));
        return client;
    }

    @Override
    public Client update(String tenantId, String clientId, ClientDetails details, Actor actor) {
        Client current = get(tenantId, clientId);
        Client updated = new Client(clientId, tenantId, details.firstName(), details.lastName(), details.email(),
                details.phone(), current.active(), current.preferences());
        clients.update(updated, audit.pending(tenantId, actor, "client.updated", "client", clientId, current, updated));
        return updated;
    }

    @Override
    public Client choosePreferences(String tenantId, String clientId, List<DeliveryChannel> channels,
                                    boolean transactional, boolean marketing, boolean feedback, Actor actor) {
        Client current = get(tenantId, clientId);
        Client updated = current.withPreferences(current.preferences().chosen(channels, transactional, marketing,
                feedback));
        clients.update(updated, audit.pending(tenantId, actor, "client.preferences_changed", "client", clientId,
                current, updated));
        return updated;
    }

    @Override
    public Client get(String tenantId, String clientId) {
        return clients.find(tenantId, clientId).orElseThrow(() -> new NotFoundException("client", clientId));
    }

    @Override
    public Page<Client> list(String tenantId, PageRequest page) {
        lookups.tenant(tenantId);
        return clients.list(tenantId, page);
    }

    @Override
    public Client deactivate(String tenantId, String clientId, Actor actor) {
        Client current = get(tenantId, clientId);
        Client deactivated = current.deactivated();
        clients.update(deactivated,
                audit.pending(tenantId, actor, "client.deactivated", "client", clientId, current, deactivated));
        return deactivated;
    }
}
