package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.DeliveryMetrics;
import io.cita.application.port.out.EmailSender;
import io.cita.application.port.out.SendOutcome;
import io.cita.application.port.out.EventPayloads;
import io.cita.application.port.out.WebhookSender;
import io.cita.application.service.delivery.DispatchService;
import io.cita.application.service.delivery.MessageCourier;
import io.cita.application.service.delivery.WebhookUrlPolicy;
import io.cita.domain.booking.Booking;
import io.cita.domain.catalog.Service;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.DeliveryStatus;
import io.cita.domain.delivery.EventType;
import io.cita.domain.delivery.RetrySchedule;
import io.cita.domain.delivery.WebhookEndpoint;
import io.cita.domain.shared.IdPrefix;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher on a real store: two instances working at once deliver every webhook exactly once, and the events a
 * crashed instance had claimed are delivered by another once its lease runs out.
 */
public abstract class AbstractDispatchContractTest extends BookingsFixture {
    private static final Duration LEASE = Duration.ofSeconds(30);

    protected abstract DispatchStores dispatchStores();

    /** Counts what it is asked to post, per message id, and accepts everything. */
    private static final class CountingSender implements WebhookSender {
        final Map<String, AtomicInteger> posted = new ConcurrentHashMap<>();

        @Override
        public Outcome send(WebhookEndpoint endpoint, String messageId, Instant timestamp, String body) {
            posted.computeIfAbsent(messageId, id -> new AtomicInteger()).incrementAndGet();
            return new Outcome(200, null, null);
        }

        @Override
        public String newSecret() {
            return "whsec_dGVzdA==";
        }
    }

    private DispatchService dispatcher(WebhookSender sender, ClockPort clock) {
        EventPayloads payloads = event -> "{\"id\":\"" + event.id() + "\"}";
        DeliveryMetrics metrics = new DeliveryMetrics() {
            @Override
            public void recorded(DeliveryChannel channel, DeliveryStatus status) {
            }

            @Override
            public void possibleDuplicate(DeliveryChannel channel) {
            }
        };
        EmailSender noMail = new EmailSender() {
            @Override
            public boolean enabled() {
                return false;
            }

            @Override
            public SendOutcome send(String recipient, String mimeMessage) {
                return SendOutcome.refused("no mail in this test");
            }
        };
        MessageCourier messages = new MessageCourier(new MessageCourier.Ports(noMail, List.of(), null,
                stores().tenants(), stores().bookings(), stores().clients(), null, clock), null,
                RetrySchedule.MESSAGES);
        return new DispatchService(new DispatchService.Ports(dispatchStores().outbox(), dispatchStores().deliveries(),
                dispatchStores().endpoints(), sender, payloads, metrics, clock), LEASE, RetrySchedule.WEBHOOKS,
                new WebhookUrlPolicy(false), (event, now) -> List.of(), messages);
    }

    private List<String> bookMany(int count) {
        dispatchStores().endpoints().save(WebhookEndpoint.of(id(IdPrefix.WEBHOOK_ENDPOINT), tenant.id(),
                "https://93.184.216.34/hooks/" + tenant.id(), Set.of(EventType.BOOKING_CREATED), "whsec_dGVzdA==",
                NOW), null);
        Service service = newService(tenant, 1, 0, 0);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Booking booking = booking(service, staff, TEN.plus(Duration.ofHours(i)), 1);
            store(booking, service);
            ids.add(booking.id());
        }
        return ids;
    }

    /** Runs the dispatcher until a round finds no work. */
    private static void drain(DispatchService dispatcher) {
        for (int round = 0; round < 500; round++) {
            if (dispatcher.dispatchOutbox() + dispatcher.deliverDue() == 0) {
                return;
            }
        }
    }

    @Test
    void twoInstancesDeliverEveryWebhookExactlyOnce() throws Exception {
        List<String> bookings = bookMany(60);
        CountingSender sender = new CountingSender();
        ClockPort clock = Instant::now;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = List.of(pool.submit(() -> drain(dispatcher(sender, clock))),
                    pool.submit(() -> drain(dispatcher(sender, clock))));
            for (Future<?> instance : running) {
                instance.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(sender.posted).hasSize(bookings.size());
        assertThat(sender.posted.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }

    @Test
    void whatACrashedInstanceClaimedIsDeliveredByAnotherAfterItsLease() {
        List<String> bookings = bookMany(3);
        Instant start = Instant.now();
        for (int round = 0; round < 200; round++) {
            if (dispatchStores().outbox().claim("crashed-instance", start, LEASE, 100).isEmpty()) {
                break;
            }
        }
        CountingSender sender = new CountingSender();
        AtomicReference<Instant> now = new AtomicReference<>(start.plusSeconds(1));
        DispatchService survivor = dispatcher(sender, now::get);
        drain(survivor);
        assertThat(sender.posted).as("while the crashed instance's lease runs").isEmpty();

        now.set(start.plus(LEASE).plusSeconds(1));
        drain(survivor);
        assertThat(sender.posted).hasSize(bookings.size());
    }
}
