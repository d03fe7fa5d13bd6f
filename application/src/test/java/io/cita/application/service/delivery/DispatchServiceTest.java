package io.cita.application.service.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Deliveries;
import io.cita.application.port.out.DeliveryMetrics;
import io.cita.application.port.out.EmailSender;
import io.cita.application.port.out.SendOutcome;
import io.cita.application.port.out.OutboxEvent;
import io.cita.application.port.out.OutboxEvents;
import io.cita.application.port.out.WebhookEndpoints;
import io.cita.application.port.out.WebhookSender;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.DeliveryStatus;
import io.cita.domain.delivery.EventType;
import io.cita.domain.delivery.RetrySchedule;
import io.cita.domain.delivery.WebhookEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dispatcher's decisions, on in-memory ports: fan-out by subscription, outcomes, and endpoints that went bad. */
class DispatchServiceTest {
    private static final Instant NOW = Instant.parse("2031-03-10T09:00:00Z");
    /** Only webhooks go out in these tests; the messages' courier is there because every dispatcher has one. */
    private static final EmailSender ACCEPTING_MAIL = new EmailSender() {
        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public SendOutcome send(String recipient, String mimeMessage) {
            return SendOutcome.accepted("<1@mail>");
        }
    };

    private final List<OutboxEvent> outbox = new ArrayList<>();
    private final Map<String, Delivery> deliveries = new LinkedHashMap<>();
    private final Map<String, WebhookEndpoint> endpoints = new LinkedHashMap<>();
    private final List<String> possibleDuplicates = new ArrayList<>();
    private final List<DeliveryStatus> storedAtCall = new ArrayList<>();
    private int answer = 200;

    private final DispatchService dispatcher = new DispatchService(new DispatchService.Ports(new OutboxEvents() {
        @Override
        public List<OutboxEvent> claim(String owner, Instant now, Duration lease, int limit) {
            return List.copyOf(outbox);
        }

        @Override
        public void markDispatched(List<OutboxEvent> events, Instant at) {
            outbox.removeAll(events);
        }
    }, new Deliveries() {
        @Override
        public void enqueue(List<Delivery> queued) {
            queued.forEach(delivery -> deliveries.putIfAbsent(delivery.id(), delivery));
        }

        @Override
        public List<Delivery> claimDue(String owner, Instant now, Duration lease, int limit) {
            return deliveries.values().stream().filter(d -> d.status().pending() && !d.nextAttemptAt().isAfter(now))
                    .toList();
        }

        @Override
        public void save(Delivery delivery) {
            deliveries.put(delivery.id(), delivery);
        }

        @Override
        public void saveAll(List<Delivery> saved) {
            saved.forEach(this::save);
        }

        @Override
        public Optional<Delivery> find(String tenantId, String deliveryId) {
            return Optional.ofNullable(deliveries.get(deliveryId));
        }

        @Override
        public Page<Delivery> list(String tenantId, DeliveryStatus status, DeliveryChannel channel, PageRequest page) {
            return new Page<>(List.copyOf(deliveries.values()), null);
        }
    }, new WebhookEndpoints() {
        @Override
        public void save(WebhookEndpoint endpoint, AuditRecord audit) {
            endpoints.put(endpoint.id(), endpoint);
        }

        @Override
        public Optional<WebhookEndpoint> find(String tenantId, String endpointId) {
            return Optional.ofNullable(endpoints.get(endpointId));
        }

        @Override
        public List<WebhookEndpoint> list(String tenantId) {
            return List.copyOf(endpoints.values());
        }
    }, new WebhookSender() {
        @Override
        public Outcome send(WebhookEndpoint endpoint, String messageId, Instant timestamp, String body) {
            storedAtCall.add(deliveries.get(messageId).status());
            return new Outcome(answer, null, answer < 300 ? null : "HTTP " + answer);
        }

        @Override
        public String newSecret() {
            return "whsec_dGVzdA==";
        }
    }, event -> "{}", new DeliveryMetrics() {
        @Override
        public void recorded(DeliveryChannel channel, DeliveryStatus status) {
        }

        @Override
        public void possibleDuplicate(DeliveryChannel channel) {
            possibleDuplicates.add(channel.name());
        }
    }, () -> NOW), Duration.ofMinutes(1), RetrySchedule.WEBHOOKS, new WebhookUrlPolicy(false),
            (event, now) -> List.of(), new MessageCourier(new MessageCourier.Ports(ACCEPTING_MAIL, List.of(), null,
            null, null, null, null, () -> NOW), null, RetrySchedule.MESSAGES));

    private void endpoint(String id, String url, Set<EventType> types) {
        endpoints.put(id, WebhookEndpoint.of(id, "ten_1", url, types, "whsec_dGVzdA==", NOW));
    }

    private void event(EventType type) {
        outbox.add(new OutboxEvent("evt_" + outbox.size(), "ten_1", "bkg_1", type, "CONFIRMED", NOW));
    }

    @Test
    void anEventGoesToTheEndpointsSubscribedToIt_once_howeverOftenItIsDispatched() {
        endpoint("whe_all", "https://93.184.216.34/all", Set.of());
        endpoint("whe_cancel", "https://93.184.216.34/cancel", Set.of(EventType.BOOKING_CANCELLED));
        event(EventType.BOOKING_CREATED);
        OutboxEvent created = outbox.get(0);

        assertThat(dispatcher.dispatchOutbox()).isEqualTo(1);
        outbox.add(created);
        dispatcher.dispatchOutbox();

        assertThat(deliveries.values()).extracting(Delivery::recipient).containsExactly("whe_all");
        event(null);
        assertThat(dispatcher.dispatchOutbox()).as("an event of no known type is dispatched to nobody").isEqualTo(1);
        assertThat(deliveries).hasSize(1);
        assertThat(dispatcher.deliverDue()).isEqualTo(1);
        assertThat(deliveries.values()).extracting(Delivery::status).containsExactly(DeliveryStatus.SENT);
    }

    @Test
    void anEndpointAnswering410IsDisabled_andOneWhoseAddressTurnedPrivateToo() {
        endpoint("whe_gone", "https://93.184.216.34/gone", Set.of());
        event(EventType.BOOKING_CREATED);
        answer = 410;
        dispatcher.dispatchOutbox();
        dispatcher.deliverDue();
        assertThat(endpoints.get("whe_gone").enabled()).isFalse();
        assertThat(deliveries.values()).extracting(Delivery::status).containsExactly(DeliveryStatus.DEAD);

        endpoints.clear();
        deliveries.clear();
        endpoint("whe_private", "https://10.0.0.7/hook", Set.of());
        event(EventType.BOOKING_CREATED);
        answer = 200;
        dispatcher.dispatchOutbox();
        dispatcher.deliverDue();
        assertThat(endpoints.get("whe_private").disabledReason()).contains("not public");
        assertThat(deliveries.values()).singleElement().satisfies(d -> assertThat(d.attempts()).isZero());
    }

    @Test
    void aDeliveryLeftSendingIsSentAgain_andCountedAsAPossibleDuplicate() {
        endpoint("whe_all", "https://93.184.216.34/all", Set.of());
        event(EventType.BOOKING_CREATED);
        dispatcher.dispatchOutbox();
        Delivery queued = deliveries.values().iterator().next();
        deliveries.put(queued.id(), queued.sending(NOW));

        dispatcher.deliverDue();

        assertThat(possibleDuplicates).containsExactly("WEBHOOK");
        assertThat(deliveries.get(queued.id()).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(deliveries.get(queued.id()).attempts()).isEqualTo(2);
    }

    @Test
    void everyDeliveryOfABatchIsStoredSendingBeforeAnyCall_andItsOutcomeAfter() {
        endpoint("whe_a", "https://93.184.216.34/a", Set.of());
        endpoint("whe_b", "https://93.184.216.34/b", Set.of());
        event(EventType.BOOKING_CREATED);
        dispatcher.dispatchOutbox();
        dispatcher.deliverDue();

        assertThat(storedAtCall).containsExactly(DeliveryStatus.SENDING, DeliveryStatus.SENDING);
        assertThat(deliveries.values()).extracting(Delivery::status).containsOnly(DeliveryStatus.SENT);
        assertThat(deliveries.values()).extracting(Delivery::attempts).containsOnly(1);
    }

    @Test
    void aFailureIsRetriedOnTheSchedule() {
        endpoint("whe_all", "https://93.184.216.34/all", Set.of());
        event(EventType.BOOKING_CREATED);
        answer = 503;
        dispatcher.dispatchOutbox();
        dispatcher.deliverDue();

        Delivery failed = deliveries.values().iterator().next();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.lastError()).isEqualTo("HTTP 503");
        assertThat(failed.nextAttemptAt()).isBetween(NOW.plusSeconds(5), NOW.plusMillis(5500));
    }
}
