package io.cita.application.service;

import io.cita.application.error.ConflictException;
import io.cita.application.error.NotFoundException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ClientDetails;
import io.cita.application.port.in.ManageClientsUseCase;
import io.cita.application.port.out.AuditLog;
import io.cita.application.port.out.ClientErasures;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.client.Client;
import io.cita.domain.client.Erasure;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.shared.IdPrefix;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Keeps a tenant's customers. */
public class ClientService implements ManageClientsUseCase {
    private final Clients clients;
    private final IdGenerator ids;
    private final Lookups lookups;
    private final AuditTrail audit;
    private final ClientErasures erasures;
    private final AuditLog auditLog;
    private final ClockPort clock;

    public ClientService(Clients clients, ClientErasures erasures, AuditLog auditLog, Tenants tenants,
                         IdGenerator ids, ClockPort clock, AuditTrail audit) {
        this.auditLog = auditLog;
        this.audit = audit;
        this.erasures = erasures;
        this.clock = clock;
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
        Client current = notErased(get(tenantId, clientId));
        Client updated = new Client(clientId, tenantId, details.firstName(), details.lastName(), details.email(),
                details.phone(), current.active(), current.preferences());
        clients.update(updated, audit.pending(tenantId, actor, "client.updated", "client", clientId, current, updated));
        return updated;
    }

    @Override
    public Client choosePreferences(String tenantId, String clientId, List<DeliveryChannel> channels,
                                    boolean transactional, boolean marketing, boolean feedback, Actor actor) {
        Client current = notErased(get(tenantId, clientId));
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

    @Override
    public Client erase(String tenantId, String clientId, Actor actor) {
        Client current = get(tenantId, clientId);
        if (current.erased()) {
            return current;
        }
        List<Client> formerly = auditLog.clientAsRecorded(tenantId, clientId);
        Erasure erasure = new Erasure(current, formerly, clock.now().truncatedTo(ChronoUnit.MILLIS));
        Client erased = erasure.erased();
        erasures.erase(erasure, audit.pending(tenantId, actor, "client.erased", "client", clientId, null,
                Map.of("dataDeletedAt", erased.dataDeletedAt().toString())));
        return erased;
    }

    /** An erased client is a tombstone: nothing can be written to it, nor booked for it, again. */
    static Client notErased(Client client) {
        if (client.erased()) {
            throw new ConflictException("clientId", "this client's personal data was erased");
        }
        return client;
    }
}
