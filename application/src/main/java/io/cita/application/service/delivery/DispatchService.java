package io.cita.application.service.delivery;

import io.cita.application.port.in.DispatchUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Deliveries;
import io.cita.application.port.out.DeliveryMetrics;
import io.cita.application.port.out.EventPayloads;
import io.cita.application.port.out.OutboxEvent;
import io.cita.application.port.out.OutboxEvents;
import io.cita.application.port.out.WebhookEndpoints;
import io.cita.application.port.out.WebhookSender;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.DeliveryStatus;
import io.cita.domain.delivery.RetrySchedule;
import io.cita.domain.delivery.WebhookEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one dispatcher: turns claimed outbox events into deliveries (one per subscribed webhook endpoint, and the
 * notifications to people the event asks for) and sends the due deliveries, each claimed with a lease so that of
 * several instances only one works on it. A delivery is saved
 * SENDING before the call and SENT after it, so the only duplicate possible is a crash between the receiver's
 * acceptance and that save; the retry after the lease counts it as a possible duplicate.
 */
public class DispatchService implements DispatchUseCase {
    private static final int BATCH = 50;
    private final OutboxEvents outbox;
    private final Deliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final Notifications notifications;
    private final EventPayloads payloads;
    private final DeliveryMetrics metrics;
    private final ClockPort clock;
    private final Duration lease;
    private final WebhookCourier webhooks;
    private final MessageCourier messages;
    private final String owner = "dispatcher-" + UUID.randomUUID();

    /** The ports the dispatcher reads and writes. */
    public record Ports(OutboxEvents outbox, Deliveries deliveries, WebhookEndpoints endpoints, WebhookSender sender,
                       EventPayloads payloads, DeliveryMetrics metrics, ClockPort clock) {
    }

    /**
     * Claims last {@code lease}; failed webhook calls are retried on {@code webhookRetries}; every call's URL is
     * checked against {@code urls} again just before it is made; {@code notifications} adds what goes to people and
     * {@code messages} sends it.
     */
    public DispatchService(Ports ports, Duration lease, RetrySchedule webhookRetries, WebhookUrlPolicy urls,
                           Notifications notifications, MessageCourier messages) {
        this.outbox = ports.outbox();
        this.deliveries = ports.deliveries();
        this.endpoints = ports.endpoints();
        this.notifications = notifications;
        this.payloads = ports.payloads();
        this.metrics = ports.metrics();
        this.clock = ports.clock();
        this.lease = lease;
        this.webhooks = new WebhookCourier(endpoints, ports.sender(), webhookRetries, urls, clock);
        this.messages = messages;
    }

    @Override
    public int dispatchOutbox() {
        Instant now = clock.now();
        List<OutboxEvent> events = outbox.claim(owner, now, lease, BATCH);
        Map<String, List<WebhookEndpoint>> endpointsOf = new HashMap<>();
        List<Delivery> queued = new ArrayList<>();
        List<OutboxEvent> typed = events.stream().filter(event -> event.type() != null).toList();
        for (OutboxEvent event : typed) {
            queued.addAll(webhooksFor(event, endpointsOf.computeIfAbsent(event.tenantId(), endpoints::list), now));
        }
        queued.addAll(notifications.forEvents(typed, now));
        if (!events.isEmpty()) {
            deliveries.enqueue(queued);
            outbox.markDispatched(events, now);
        }
        return events.size();
    }

    @Override
    public int deliverDue() {
        List<Delivery> due = deliveries.claimDue(owner, clock.now(), lease, BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        DeliveryRecorder recorder = new DeliveryRecorder(deliveries, metrics);
        recorder.begin(due, clock.now());
        Map<String, Optional<WebhookEndpoint>> endpointsOf = new HashMap<>();
        try {
            due.forEach(delivery -> deliver(delivery, endpointsOf, recorder));
        } finally {
            recorder.finish();
        }
        return due.size();
    }

    /** One delivery per endpoint of the tenant ({@code tenantEndpoints}) subscribed to the event's type. */
    private List<Delivery> webhooksFor(OutboxEvent event, List<WebhookEndpoint> tenantEndpoints, Instant now) {
        List<WebhookEndpoint> subscribed = tenantEndpoints.stream()
                .filter(endpoint -> endpoint.subscribesTo(event.type())).toList();
        List<Delivery> queued = new ArrayList<>();
        if (!subscribed.isEmpty()) {
            String body = payloads.webhookBody(event);
            subscribed.forEach(endpoint -> queued.add(Delivery.queued(DeliveryIds.of(event, DeliveryChannel.WEBHOOK,
                    endpoint.id()), event.tenantId(), event.id(), DeliveryChannel.WEBHOOK, endpoint.id(), event.type(),
                    body, now)));
        }
        return queued;
    }

    /** Sends one delivery; {@code endpointsOf} keeps the batch's endpoints, read once each. */
    private void deliver(Delivery delivery, Map<String, Optional<WebhookEndpoint>> endpointsOf,
                         DeliveryRecorder recorder) {
        if (delivery.status() == DeliveryStatus.SENDING) {
            metrics.possibleDuplicate(delivery.channel());
        }
        if (delivery.channel() == DeliveryChannel.WEBHOOK) {
            webhooks.deliver(delivery, endpointsOf, recorder);
        } else {
            messages.deliver(delivery, recorder);
        }
    }
}
