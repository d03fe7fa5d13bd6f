package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.OutboxEvent;
import io.cita.application.port.out.StoreOutcome;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.Hold;
import io.cita.domain.catalog.Service;
import io.cita.domain.delivery.EventType;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.shared.IdPrefix;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Contract of the hold sweep: an expired hold is removed once, whoever removes it (two sweeps at once, a booking's
 * write on its resources), and announced once as {@code hold.expired} in the same atomic step, unless it expired
 * longer ago than the announcement window; a live hold stays.
 */
public abstract class AbstractHoldExpiryContractTest extends BookingsFixture {
    protected abstract DispatchStores dispatchStores();

    @Test
    void anExpiredHoldIsRemovedAndAnnouncedOnce_aLiveOneStays() {
        Service service = newService(tenant, 1, 0, 0);
        Hold expired = storedHold(service, staff, TEN, NOW.minusSeconds(300));
        Hold live = storedHold(service, staff, TEN.plusSeconds(7200), NOW.plusSeconds(300));

        stores().holds().removeExpired(NOW, 1000); // (on PostgreSQL the live hold's write already removed it)
        stores().holds().removeExpired(NOW, 1000);

        assertThat(eventsOf(Set.of(expired.id(), live.id()))).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.HOLD_EXPIRED);
            assertThat(event.subjectId()).isEqualTo(expired.id());
            assertThat(event.tenantId()).isEqualTo(tenant.id());
            assertThat(event.occurredAt()).isEqualTo(expired.expiresAt());
        });
        assertThat(stores().holds().findLive(tenant.id(), live.id(), NOW)).contains(live);
    }

    @Test
    void aHoldThatExpiredLongerAgoThanTheWindow_goesSilently() {
        Service service = newService(tenant, 1, 0, 0);
        Hold stale = storedHold(service, staff, TEN, NOW.minus(Hold.EXPIRY_ANNOUNCED_WITHIN).minusSeconds(60));

        stores().holds().removeExpired(NOW, 1000);

        assertThat(eventsOf(Set.of(stale.id()))).isEmpty();
    }

    @Test
    void aBookingOverAnExpiredHold_andTheSweep_announceItOnceBetweenThem() {
        Service service = newService(tenant, 1, 0, 0);
        Hold expired = storedHold(service, staff, TEN, NOW.minusSeconds(300));

        Booking booking = booking(service, staff, TEN, 1);
        assertThat(store(booking, service)).isEqualTo(StoreOutcome.DONE);
        stores().holds().removeExpired(NOW, 1000);

        assertThat(eventsOf(Set.of(expired.id()))).extracting(OutboxEvent::type)
                .containsExactly(EventType.HOLD_EXPIRED);
    }

    @Test
    void twoSweepsAtOnce_removeAndAnnounceEachHoldOnce() throws Exception {
        Service service = newService(tenant, 1, 0, 0);
        List<String> holdIds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Resource resource = newResource(tenant, ResourceType.STAFF, Set.of());
            holdIds.add(storedHold(service, resource, TEN, NOW.minusSeconds(60 + i)).id());
        }
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> sweep = () -> {
            start.await();
            int removed = 0;
            int inBatch;
            do {
                inBatch = stores().holds().removeExpired(NOW, 3);
                removed += inBatch;
            } while (inBatch > 0);
            return removed;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(sweep);
            Future<Integer> second = pool.submit(sweep);
            start.countDown();
            first.get(2, TimeUnit.MINUTES);
            second.get(2, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        stores().holds().removeExpired(NOW, 1000); // the next sweep: what a conflict between the two left

        List<OutboxEvent> events = eventsOf(Set.copyOf(holdIds));
        assertThat(events).hasSize(holdIds.size());
        assertThat(events.stream().map(OutboxEvent::subjectId).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(holdIds);
    }

    /** A one-seat hold of {@code service} on {@code resource} at {@code start}, stored before it expired. */
    private Hold storedHold(Service service, Resource resource, Instant start, Instant expiresAt) {
        Booking template = confirmedBooking(tenant, service, resource, client, start, 1);
        Instant createdAt = expiresAt.minus(Duration.ofMinutes(5));
        Hold hold = new Hold(id(IdPrefix.HOLD), tenant.id(), service.id(), template.resourceIds(), template.time(),
                template.occupied(), 1, expiresAt, createdAt);
        assertThat(stores().holds().create(hold, 1, createdAt, null)).isEqualTo(StoreOutcome.DONE);
        return hold;
    }

    /** Every pending outbox event about one of {@code subjects}. */
    private List<OutboxEvent> eventsOf(Set<String> subjects) {
        return OutboxReader.drain(dispatchStores().outbox(), Instant.now(),
                event -> subjects.contains(event.subjectId()));
    }
}
