package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.OutboxEvent;
import io.cita.application.port.out.StoreOutcome;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.BookingStatus;
import io.cita.domain.catalog.Service;
import io.cita.domain.delivery.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Contract of the outbox as the dispatcher reads it: every booking change is an event, claimed by one instance at a
 * time under a lease that another instance takes over when it runs out, a booking's events in order, and a dispatched
 * event never again. The outbox is shared by every test of the store, so each test drains it until it meets its own.
 */
public abstract class AbstractOutboxContractTest extends BookingsFixture {
    private static final Duration LEASE = Duration.ofSeconds(30);

    protected abstract DispatchStores dispatchStores();

    /** Claims as {@code owner} until the claim holds an event of {@code booking}; the others met are dispatched. */
    private List<OutboxEvent> claimUntil(String owner, Instant now, Predicate<OutboxEvent> mine) {
        List<OutboxEvent> found = new ArrayList<>();
        for (int round = 0; round < 200 && found.isEmpty(); round++) {
            List<OutboxEvent> claimed = dispatchStores().outbox().claim(owner, now, LEASE, 100);
            if (claimed.isEmpty()) {
                break;
            }
            for (OutboxEvent event : claimed) {
                if (mine.test(event)) {
                    found.add(event);
                } else {
                    dispatchStores().outbox().markDispatched(List.of(event), now);
                }
            }
        }
        return found;
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
}
