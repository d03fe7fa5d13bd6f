package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.NewBooking;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.query.AuditEntry;
import io.cita.application.port.query.BookingFilter;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.availability.Occupation;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.BookingStatus;
import io.cita.domain.booking.Interval;
import io.cita.domain.catalog.Service;
import io.cita.domain.plan.Limit;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.shared.IdPrefix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Contract of the Bookings port: occupations (buffers included) never overlap on a resource, class seats are
 * counted, the monthly limit holds, and every refused write leaves nothing behind (holds: AbstractHoldsContractTest).
 */
public abstract class AbstractBookingsContractTest extends BookingsFixture {
    @Test
    void severalBookingsAreFoundTogether_asEachIsAlone_andOnlyInTheirTenant() {
        Service service = newService(tenant, 1, 0, 0);
        Booking first = booking(service, staff, TEN, 1);
        Booking second = booking(service, staff, TEN.plus(Duration.ofHours(1)), 1);
        store(first, service);
        store(second, service);
        assertThat(stores().bookings().findAll(tenant.id(), List.of(first.id(), second.id(), "bkg_missing")))
                .containsOnlyKeys(first.id(), second.id())
                .containsEntry(first.id(), stores().bookings().find(tenant.id(), first.id()).orElseThrow())
                .containsEntry(second.id(), stores().bookings().find(tenant.id(), second.id()).orElseThrow());
        assertThat(stores().bookings().findAll(newTenant().id(), List.of(first.id()))).isEmpty();
    }

    @Test
    void givenAnAuditRecord_itIsWrittenWithTheBooking_andNotWithARefusedOne() {
        Service service = newService(tenant, 1, 0, 0);
        Booking first = booking(service, staff, TEN, 1);
        Booking clash = booking(service, staff, TEN, 1);
        AuditRecord stored = audit(first);
        AuditRecord refused = audit(clash);

        assertThat(stores().bookings().create(new NewBooking(first, null, 1, Limit.unlimited(), PERIOD, NOW, tenant.timezone(),
                stored))).isEqualTo(StoreOutcome.DONE);
        assertThat(stores().bookings().create(new NewBooking(clash, null, 1, Limit.unlimited(), PERIOD, NOW, tenant.timezone(),
                refused))).isEqualTo(StoreOutcome.SLOT_TAKEN);

        List<AuditEntry> entries = stores().auditLog().list(tenant.id(), new PageRequest(50, null)).items();
        assertThat(entries).extracting(AuditEntry::id).containsExactly(stored.entry().id());
        assertThat(entries.get(0).entityId()).isEqualTo(first.id());
        assertThat(entries.get(0).action()).isEqualTo("booking.created");
        assertThat(entries.get(0).newValues()).contains(first.id());
    }

    @Test
    void givenAReferenceTheTenantAlreadyHas_theBookingIsRefusedAsTaken_andNothingOfItIsWritten() {
        Service service = newService(tenant, 1, 0, 0);
        Booking first = booking(service, staff, TEN, 1);
        Booking later = booking(service, staff, TEN.plus(Duration.ofHours(2)), 1);
        Booking twin = new Booking(later.id(), later.tenantId(), first.reference(), later.serviceId(),
                later.resourceIds(), later.clientId(), later.time(), later.occupied(), later.seats(), later.status(),
                later.channel(), later.price(), later.notes(), later.cancellationReason(), later.version(),
                later.createdAt(), later.updatedAt());
        store(first, service);

        assertThat(stores().bookings().create(new NewBooking(twin, null, 1, Limit.unlimited(), PERIOD, NOW, tenant.timezone(),
                audit(twin)))).isEqualTo(StoreOutcome.REFERENCE_TAKEN);

        assertThat(stores().bookings().find(tenant.id(), twin.id())).isEmpty();
        assertThat(stores().bookings().findByReference(tenant.id(), first.reference())).contains(first);
        assertThat(auditIds(tenant.id())).isEmpty();
        assertThat(stores().bookings().create(new NewBooking(later, null, 1, Limit.unlimited(), PERIOD, NOW, tenant.timezone(), null)))
                .as("the slot and the month's count were left as they were").isEqualTo(StoreOutcome.DONE);
    }

    private AuditRecord audit(Booking booking) {
        return audit(null, booking, "booking.created");
    }

    private AuditRecord audit(Booking before, Booking after, String action) {
        return new AuditRecord(new AuditEntry(id(IdPrefix.AUDIT), tenant.id(), "USER", "usr_auditor", action,
                "booking", after.id(), null, null, "203.0.113.7", "conformance", NOW), before, after);
    }

    @Test
    void givenAMoveAndAStatusChange_eachWritesItsAuditEntryWithIt_andARefusedOneWritesNone() {
        Service service = newService(tenant, 1, 0, 0);
        Booking booking = booking(service, staff, TEN, 1);
        Booking blocker = booking(service, staff, TEN.plus(Duration.ofHours(3)), 1);
        store(booking, service);
        store(blocker, service);
        Interval later = new Interval(TEN.plus(Duration.ofHours(1)), TEN.plus(Duration.ofHours(2)));
        Booking moved = moved(booking, service, later);
        Booking intoBlocker = moved(moved, service, blocker.time());
        Booking cancelled = changed(moved.transitionTo(BookingStatus.CANCELLED, "sick", NOW));
        AuditRecord move = audit(booking, moved, "booking.rescheduled");
        AuditRecord cancel = audit(moved, cancelled, "booking.cancelled");

        assertThat(stores().bookings().reschedule(moved, 1, NOW, tenant.timezone(), move)).isEqualTo(StoreOutcome.DONE);
        assertThat(stores().bookings().reschedule(intoBlocker, 1, NOW, tenant.timezone(),
                audit(moved, intoBlocker, "booking.rescheduled"))).isEqualTo(StoreOutcome.SLOT_TAKEN);
        assertThat(stores().bookings().changeStatus(cancelled, cancel)).isEqualTo(StoreOutcome.DONE);
        assertThat(stores().bookings().changeStatus(cancelled, audit(moved, cancelled, "booking.cancelled")))
                .isEqualTo(StoreOutcome.STALE);

        List<AuditEntry> entries = stores().auditLog().list(tenant.id(), new PageRequest(50, null)).items();
        assertThat(entries).extracting(AuditEntry::id)
                .containsExactlyInAnyOrder(move.entry().id(), cancel.entry().id());
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("booking.rescheduled", "booking.cancelled");
    }

    @Test
    void givenABooking_itReadsBackEqual_andItsBufferedIntervalOccupiesTheResource() {
        Service service = newService(tenant, 1, 10, 15);
        Booking booking = booking(service, staff, TEN, 1);

        assertThat(store(booking, service)).isEqualTo(StoreOutcome.DONE);

        assertThat(stores().bookings().find(tenant.id(), booking.id())).contains(booking);
        assertThat(stores().bookings().find(newTenant().id(), booking.id())).isEmpty();
        assertThat(stores().bookings().findByReference(tenant.id(), booking.reference())).contains(booking);
        assertThat(stores().bookings().findByReference(newTenant().id(), booking.reference())).isEmpty();
        assertThat(stores().bookings().occupations(tenant.id(), List.of(staff.id()), TEN.minusSeconds(86_400),
                TEN.plusSeconds(86_400), NOW)).containsExactly(new Occupation(booking.id(), staff.id(), service.id(),
                TEN, TEN.minus(Duration.ofMinutes(10)), TEN.plus(Duration.ofMinutes(60)), 1));
    }

    @Test
    void givenABooking_anOverlapOnTheSameResourceIsTaken_butTouchingOrAnotherResourceIsFine() {
        Service service = newService(tenant, 1, 0, 15);
        assertThat(store(booking(service, staff, TEN, 1), service)).isEqualTo(StoreOutcome.DONE);

        Booking overlapping = booking(service, staff, TEN.plus(Duration.ofMinutes(50)), 1);
        assertThat(store(overlapping, service)).isEqualTo(StoreOutcome.SLOT_TAKEN);
        assertThat(stores().bookings().find(tenant.id(), overlapping.id())).isEmpty();

        assertThat(store(booking(service, staff, TEN.plus(Duration.ofMinutes(60)), 1), service)).isEqualTo(StoreOutcome.DONE);
        Resource other = newResource(tenant, ResourceType.STAFF, Set.of());
        assertThat(store(booking(service, other, TEN, 1), service)).isEqualTo(StoreOutcome.DONE);
    }

    @Test
    void givenACancelledBooking_itsTimeIsFreeAgain_andAStaleChangeIsRefused() {
        Service service = newService(tenant, 1, 0, 0);
        Booking booking = booking(service, staff, TEN, 1);
        store(booking, service);
        Booking cancelled = changed(booking.transitionTo(BookingStatus.CANCELLED, "sick", NOW));

        assertThat(stores().bookings().changeStatus(cancelled, null)).isEqualTo(StoreOutcome.DONE);
        assertThat(stores().bookings().changeStatus(cancelled, null)).isEqualTo(StoreOutcome.STALE);
        assertThat(stores().bookings().find(tenant.id(), booking.id())).contains(cancelled);
        assertThat(store(booking(service, staff, TEN, 1), service)).isEqualTo(StoreOutcome.DONE);
    }

    @Test
    void givenTheMonthlyLimit_theBookingBeyondItIsRefused_andLeavesNothing() {
        Service service = newService(tenant, 1, 0, 0);
        for (int i = 0; i < 2; i++) {
            Booking booking = booking(service, staff, TEN.plus(Duration.ofHours(i)), 1);
            assertThat(stores().bookings().create(newBooking(booking, null, 1, Limit.of(2), PERIOD, NOW)))
                    .isEqualTo(StoreOutcome.DONE);
        }
        Booking third = booking(service, staff, TEN.plus(Duration.ofHours(5)), 1);

        assertThat(stores().bookings().create(newBooking(third, null, 1, Limit.of(2), PERIOD, NOW)))
                .isEqualTo(StoreOutcome.LIMIT_REACHED);
        assertThat(stores().bookings().find(tenant.id(), third.id())).isEmpty();
        assertThat(stores().bookings().createdIn(tenant.id(), PERIOD)).isEqualTo(2);
        assertThat(stores().bookings().create(newBooking(third, null, 1, Limit.of(2), PERIOD.plusMonths(1), NOW)))
                .isEqualTo(StoreOutcome.DONE);
    }

    @Test
    void givenAClass_bookingsShareTheSessionUntilItsSeatsAreTaken() {
        Service yoga = newService(tenant, 3, 0, 0);
        assertThat(store(booking(yoga, staff, TEN, 2), yoga)).isEqualTo(StoreOutcome.DONE);
        assertThat(store(booking(yoga, staff, TEN, 2), yoga)).isEqualTo(StoreOutcome.SLOT_TAKEN);
        assertThat(store(booking(yoga, staff, TEN, 1), yoga)).isEqualTo(StoreOutcome.DONE);
        assertThat(store(booking(yoga, staff, TEN, 1), yoga)).isEqualTo(StoreOutcome.SLOT_TAKEN);
        assertThat(store(booking(yoga, staff, TEN.plus(Duration.ofMinutes(15)), 1), yoga))
                .isEqualTo(StoreOutcome.SLOT_TAKEN);
    }

    @Test
    void givenAReschedule_intoAFreeTimeItMoves_intoATakenTimeItStaysWhereItWas() {
        Service service = newService(tenant, 1, 0, 0);
        Booking booking = booking(service, staff, TEN, 1);
        store(booking, service);
        Booking blocker = booking(service, staff, TEN.plus(Duration.ofHours(3)), 1);
        store(blocker, service);

        Booking overlappingItself = moved(booking, service, new Interval(TEN.plus(Duration.ofMinutes(15)),
                TEN.plus(Duration.ofMinutes(60))));
        assertThat(stores().bookings().reschedule(overlappingItself, 1, NOW, tenant.timezone(), null)).isEqualTo(StoreOutcome.DONE);

        Booking intoBlocker = moved(overlappingItself, service, blocker.time());
        assertThat(stores().bookings().reschedule(intoBlocker, 1, NOW, tenant.timezone(), null)).isEqualTo(StoreOutcome.SLOT_TAKEN);
        assertThat(stores().bookings().find(tenant.id(), booking.id())).contains(overlappingItself);
        assertThat(store(booking(service, staff, TEN, 1), service)).isEqualTo(StoreOutcome.SLOT_TAKEN);
        assertThat(store(booking(service, staff, TEN.plus(Duration.ofMinutes(60)), 1), service))
                .isEqualTo(StoreOutcome.DONE);
    }

    @Test
    void givenSixteenParallelBookingsOfOneSlot_exactlyOneIsStored() throws Exception {
        Service service = newService(tenant, 1, 0, 0);
        List<Callable<StoreOutcome>> attempts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Booking booking = booking(service, staff, TEN.plus(Duration.ofMinutes(15L * (i % 3))), 1);
            attempts.add(() -> store(booking, service));
        }
        List<StoreOutcome> outcomes = race(attempts);

        assertThat(outcomes).filteredOn(outcome -> outcome == StoreOutcome.DONE).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome == StoreOutcome.SLOT_TAKEN).hasSize(15);
    }

    @Test
    void givenTwentyParallelBookingsAtTheLimitMinusOne_exactlyOneIsStored() throws Exception {
        Service service = newService(tenant, 1, 0, 0);
        store(booking(service, staff, TEN.minus(Duration.ofDays(1)), 1), service);
        List<Callable<StoreOutcome>> attempts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Booking booking = booking(service, staff, TEN.plus(Duration.ofHours(i)), 1);
            attempts.add(() -> stores().bookings().create(newBooking(booking, null, 1, Limit.of(2), PERIOD, NOW)));
        }
        List<StoreOutcome> outcomes = race(attempts);

        assertThat(outcomes).filteredOn(outcome -> outcome == StoreOutcome.DONE).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome == StoreOutcome.LIMIT_REACHED).hasSize(19);
        assertThat(stores().bookings().createdIn(tenant.id(), PERIOD)).isEqualTo(2);
    }

    @Test
    void listingFiltersByTimeResourceStatusAndClient_andPagesInStartOrder() {
        Service service = newService(tenant, 1, 0, 0);
        List<Booking> created = new ArrayList<>();
        for (int i = 4; i >= 0; i--) {
            Booking booking = booking(service, staff, TEN.plus(Duration.ofHours(i)), 1);
            store(booking, service);
            created.add(0, booking);
        }
        Resource other = newResource(tenant, ResourceType.STAFF, Set.of());
        store(booking(service, other, TEN, 1), service);
        stores().bookings().changeStatus(changed(created.get(4).transitionTo(BookingStatus.CANCELLED, null, NOW)), null);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<Booking> page = stores().bookings().list(new BookingFilter(tenant.id(), TEN, TEN.plus(Duration.ofHours(5)),
                    staff.id(), BookingStatus.CONFIRMED, client.id()), new PageRequest(3, cursor));
            page.items().forEach(booking -> seen.add(booking.id()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).containsExactly(created.get(0).id(), created.get(1).id(), created.get(2).id(),
                created.get(3).id());
        assertThat(stores().bookings().list(new BookingFilter(tenant.id(), null, null, null, null, null),
                new PageRequest(50, null)).items()).hasSize(6);
    }

    /** Runs every attempt at once, one thread each, and returns their outcomes in order. */
    private static List<StoreOutcome> race(List<Callable<StoreOutcome>> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        try {
            List<StoreOutcome> outcomes = new ArrayList<>();
            for (Future<StoreOutcome> outcome : pool.invokeAll(attempts)) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }
}
