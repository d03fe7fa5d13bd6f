package io.cita.application.service.delivery;

import io.cita.application.port.in.Actor;
import io.cita.application.port.in.OptOutUseCase;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.InboundEvents;
import io.cita.application.port.out.MessageRecipients;
import io.cita.application.port.out.OutboxRecord;
import io.cita.application.port.out.Tenants;
import io.cita.application.service.AuditTrail;
import io.cita.domain.client.Client;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.EventType;
import io.cita.domain.tenant.Tenant;
import java.util.Locale;
import java.util.Optional;

/**
 * A STOP on a phone channel: the client of the business that last wrote to that phone leaves the channel there
 * (audited, and announced as the {@code client.opted_out} event, in the same atomic step); a second STOP changes
 * nothing; a provider's redelivery of the same message is recognised by its id and changes nothing either.
 */
public class OptOutService implements OptOutUseCase {
    private final MessageRecipients recipients;
    private final Clients clients;
    private final Tenants tenants;
    private final AuditTrail audit;
    private final InboundEvents inbound;
    private final ClockPort clock;

    /** Messages of a provider are recorded once in {@code inbound}, whose {@code clock} dates them. */
    public OptOutService(MessageRecipients recipients, Clients clients, Tenants tenants, InboundEvents inbound,
                         ClockPort clock, AuditTrail audit) {
        this.inbound = inbound;
        this.clock = clock;
        this.recipients = recipients;
        this.clients = clients;
        this.tenants = tenants;
        this.audit = audit;
    }

    @Override
    public Optional<Tenant> optOut(DeliveryChannel channel, String phone, String tenantId) {
        Optional<Tenant> tenant = recipients.lastSender(channel, phone).or(() -> Optional.ofNullable(tenantId))
                .flatMap(tenants::find);
        tenant.flatMap(found -> clients.findByPhone(found.id(), phone))
                .filter(client -> !client.preferences().hasLeft(channel))
                .ifPresent(client -> leave(client, channel));
        return tenant;
    }

    @Override
    public Answer optOutOnce(String messageId, String payload, DeliveryChannel channel, String phone) {
        String source = channel.name().toLowerCase(Locale.ROOT);
        if (!inbound.record(messageId, source, payload, clock.now())) {
            return new Answer(true, Optional.empty());
        }
        Optional<Tenant> tenant = optOut(channel, phone, null);
        inbound.markProcessed(messageId, clock.now());
        return new Answer(false, tenant);
    }

    private void leave(Client client, DeliveryChannel channel) {
        Client left = client.withPreferences(client.preferences().leaving(channel));
        AuditRecord entry = audit.pending(client.tenantId(), new Actor(Actor.Kind.CHANNEL, channel.name(), null, null,
                null, null), EventType.CLIENT_OPTED_OUT.wireName(), "client", client.id(), client, left);
        clients.update(left, entry, new OutboxRecord(client.tenantId(), client.id(), EventType.CLIENT_OPTED_OUT,
                channel.name(), entry.entry().at()));
    }
}
