package io.cita.application.service.feedback;

import io.cita.application.port.in.FeedbackRepliesUseCase;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Deliveries;
import io.cita.application.port.out.FeedbackRequests;
import io.cita.application.port.out.InboundEvents;
import io.cita.application.port.out.SecretTokens;
import io.cita.application.port.out.Tenants;
import io.cita.application.service.PublicUrl;
import io.cita.application.service.SecretLink;
import io.cita.application.service.delivery.FeedbackMessages;
import io.cita.domain.client.Client;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.feedback.FeedbackReply;
import io.cita.domain.feedback.FeedbackRequest;
import io.cita.domain.feedback.FeedbackSettings;
import io.cita.domain.notification.NotificationKind;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A client's answer to the request for feedback asked last of their phone, within 72 hours of it: a happy rating is
 * thanked with the link to the business's public review page (through Cita's redirect, which counts it), an unhappy one
 * with a link to the private form (a single-use token of which only the hash is kept), STOP or BAJA closes the request
 * (and is left to the caller's opt-out), anything else is answered once with help (a second such message is left to the
 * booking chat, so that nobody is kept from booking by a request). Each change is stored only from the state it was
 * read in, so two deliveries of one message answer once; the answer goes out as a delivery of the dispatcher, its id
 * from the message's.
 */
public class FeedbackReplyService implements FeedbackRepliesUseCase {
    private final FeedbackRequests requests;
    private final Tenants tenants;
    private final Clients clients;
    private final FeedbackMessages messages;
    private final Deliveries deliveries;
    private final InboundEvents inbound;
    private final SecretTokens secrets;
    private final ClockPort clock;
    private final PublicUrl publicUrl;

    /** The ports an answer reads and writes. */
    public record Ports(FeedbackRequests requests, Tenants tenants, Clients clients, Deliveries deliveries,
                        InboundEvents inbound, SecretTokens secrets, ClockPort clock) {
    }

    /** Form links begin with {@code publicUrl}, the address people reach Cita at. */
    public FeedbackReplyService(Ports ports, FeedbackMessages messages, PublicUrl publicUrl) {
        this.requests = ports.requests();
        this.tenants = ports.tenants();
        this.clients = ports.clients();
        this.deliveries = ports.deliveries();
        this.inbound = ports.inbound();
        this.secrets = ports.secrets();
        this.clock = ports.clock();
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @Override
    public boolean receive(DeliveryChannel channel, String phone, String text, String messageId) {
        Instant now = clock.now();
        Optional<Pending> pending = pending(channel, phone, now);
        return pending.isPresent() && answer(pending.get(), FeedbackReply.parse(text), messageId, now);
    }

    @Override
    public boolean receiveOnce(DeliveryChannel channel, String phone, String text, String messageId) {
        Instant now = clock.now();
        Optional<Pending> pending = pending(channel, phone, now);
        if (pending.isEmpty()) {
            return false;
        }
        String source = "feedback-" + channel.name().toLowerCase(Locale.ROOT);
        if (!inbound.record(messageId, source, text == null ? "" : text, now)) {
            return true;
        }
        boolean taken = answer(pending.get(), FeedbackReply.parse(text), messageId, now);
        inbound.markProcessed(messageId, now);
        return taken;
    }

    /** A request awaiting the answer of a client, with its business and client. */
    private record Pending(FeedbackRequest request, Tenant tenant, Client client) {
    }

    private Optional<Pending> pending(DeliveryChannel channel, String phone, Instant now) {
        Optional<FeedbackRequest> request = requests.latestFor(phone)
                .filter(found -> found.channel() == channel && found.awaitsAReplyAt(now));
        Optional<Tenant> tenant = request.flatMap(found -> tenants.find(found.tenantId()));
        return tenant.flatMap(found -> clients.find(found.id(), request.get().clientId()))
                .map(client -> new Pending(request.get(), tenant.get(), client));
    }

    private boolean answer(Pending pending, FeedbackReply reply, String messageId, Instant now) {
        FeedbackRequest request = pending.request();
        switch (reply.kind()) {
            case OPT_OUT -> {
                requests.update(request.optedOut(), null);
                return false;
            }
            case UNREADABLE -> {
                if (request.helped()) {
                    return false;
                }
                if (requests.update(request.helpedOnce(), null)) {
                    send(messages.reply(request, pending.tenant(), pending.client(), NotificationKind.FEEDBACK_HELP,
                            "", messageId, now));
                }
            }
            case RATING -> rate(pending, reply.rating(), messageId, now);
            default -> throw new IllegalStateException("unknown reply " + reply.kind());
        }
        return true;
    }

    private void rate(Pending pending, int rating, String messageId, Instant now) {
        FeedbackRequest request = pending.request();
        Tenant tenant = pending.tenant();
        Client client = pending.client();
        FeedbackSettings settings = FeedbackSettings.orOff(tenant.settings());
        if (settings.happy(rating)) {
            if (requests.update(request.rated(rating, true, null, now), null)) {
                boolean review = settings.reviewUrl().isPresent();
                send(messages.reply(request, tenant, client, review ? NotificationKind.FEEDBACK_HAPPY
                        : NotificationKind.FEEDBACK_THANKS, review ? publicUrl.at("/r/" + request.id()) : "", messageId,
                        now));
            }
            return;
        }
        String secret = secrets.newSecret();
        if (requests.update(request.rated(rating, false, secrets.hash(secret), now), null)) {
            send(messages.reply(request, tenant, client, NotificationKind.FEEDBACK_UNHAPPY,
                    publicUrl.at("/f/" + new SecretLink(request.id(), secret).token()), messageId, now));
        }
    }

    private void send(Optional<Delivery> reply) {
        reply.ifPresent(delivery -> deliveries.enqueue(List.of(delivery)));
    }
}
