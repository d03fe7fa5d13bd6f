package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.application.error.ConflictException;
import io.cita.application.port.out.OutboxEvent;
import io.cita.application.port.out.OutboxRecord;
import io.cita.application.port.out.StoreOutcome;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.BookingStatus;
import io.cita.domain.catalog.Service;
import io.cita.domain.client.Client;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Contract of the outbox as the dispatcher reads it: every booking change is an event, claimed by one instance at a
 * time under a lease that another instance takes over when it runs out, a booking's events in order, and a dispatched
 * event never again; a change of something else (a client) writes its event in its own atomic step too. The outbox
 * is shared by every test of the store, so each test drains it until it meets its own.
 */
public abstract class AbstractOutboxContractTest extends BookingsFixture {
    private static final Duration LEASE = OutboxReader.LEASE;

    protected abstract DispatchStores dispatchStores();

    private List<OutboxEvent> claimUntil(String owner, Instant now, Predicate<OutboxEvent> mine) {
        return OutboxReader.claimUntil(dispatchStores().outbox(), owner, now, mine);
    }

    @Test
    void aBookingsEventIsClaimedByOneInstance_untilItsLeaseRunsOut_thenByAnother() {
        Service service = newService(tenant, 1, 0, 0);
        Booking booking = booking(service, staff, TEN, 1);
        assertThat(store(booking, service)).isEqualTo(StoreOutcome.DONE);
        Instant now = Instant.now();

        List<OutboxEvent> first = claimUntil("instance-a", now, event -> event.subjectId().equals(booking.id()));
        assertThat(first).singleElement().satisfies(event -> {
            assertThat(event.tenantId()).isEqualTo(tenant.id());
            assertThat(event.type()).isEqualTo(EventType.BOOKING_CREATED);
        });
        assertThat(claimUntil("instance-b", now.plusSeconds(1), event -> event.subjectId().equals(booking.id())))
                .as("while the lease runs").isEmpty();

        List<OutboxEvent> takenOver = claimUntil("instance-b", now.plus(LEASE).plusSeconds(1),
                event -> event.subjectId().equals(booking.id()));
        assertThat(takenOver).extracting(OutboxEvent::id).containsExactly(first.get(0).id());
        dispatchStores().outbox().markDispatched(List.of(takenOver.get(0)), now);
        assertThat(claimUntil("instance-c", now.plus(LEASE.multipliedBy(3)),
                event -> event.subjectId().equals(booking.id()))).as("once dispatched").isEmpty();
    }

    @Test
    void aBookingsLaterEventWaitsUntilTheEarlierOneIsDispatched() {
        Service service = newService(tenant, 1, 0, 0);
        Booking booking = booking(service, staff, TEN, 1);
        store(booking, service);
        Booking cancelled = changed(booking.transitionTo(BookingStatus.CANCELLED, "ill", NOW.plusSeconds(1)));
        assertThat(stores().bookings().changeStatus(cancelled, null)).isEqualTo(StoreOutcome.DONE);
        Instant now = Instant.now();

        List<OutboxEvent> claimed = claimUntil("instance-a", now, event -> event.subjectId().equals(booking.id()));
        assertThat(claimed).extracting(OutboxEvent::type).containsExactly(EventType.BOOKING_CREATED);
        dispatchStores().outbox().markDispatched(List.of(claimed.get(0)), now);

        assertThat(claimUntil("instance-a", now, event -> event.subjectId().equals(booking.id())))
                .extracting(OutboxEvent::type).containsExactly(EventType.BOOKING_CANCELLED);
    }

    @Test
    void aClientsChangeWritesItsEventWithIt_andARefusedOneWritesNone() {
        Client left = client.withPreferences(client.preferences().leaving(DeliveryChannel.SMS));
        OutboxRecord optedOut = new OutboxRecord(tenant.id(), client.id(), EventType.CLIENT_OPTED_OUT, "SMS", NOW);
        Client rival = newClient(tenant);
        Client clash = new Client(rival.id(), tenant.id(), "Ana", "Ruiz", null, client.phone(), true);

        assertThatThrownBy(() -> stores().clients().update(clash, null, new OutboxRecord(tenant.id(), rival.id(),
                EventType.CLIENT_OPTED_OUT, "SMS", NOW))).isInstanceOf(ConflictException.class);
        stores().clients().update(left, null, optedOut);

        assertThat(OutboxReader.drain(dispatchStores().outbox(), Instant.now(),
                event -> event.tenantId().equals(tenant.id()))).singleElement().satisfies(event -> {
                    assertThat(event.subjectId()).isEqualTo(client.id());
                    assertThat(event.type()).isEqualTo(EventType.CLIENT_OPTED_OUT);
                    assertThat(event.status()).isEqualTo("SMS");
                    assertThat(event.occurredAt()).isEqualTo(NOW);
                });
    }
}
