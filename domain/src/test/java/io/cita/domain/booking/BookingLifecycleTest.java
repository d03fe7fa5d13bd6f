package io.cita.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.domain.availability.Slot;
import io.cita.domain.catalog.ResourceRequirement;
import io.cita.domain.catalog.Service;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A booking from its creation through its status machine, moves and cancellation policy. */
class BookingLifecycleTest {
    private static final Instant START = Instant.parse("2030-03-05T10:00:00Z");
    private static final Service SERVICE = new Service("svc_1", "ten_1", null, "Cut", null, 45, 0, 0, 15,
            new Money(2500, "EUR"), 1, 0, 30, 24, false, true,
            List.of(new ResourceRequirement(ResourceType.STAFF, List.of())));

    private static Booking booking(BookingStatus status) {
        Interval time = new Interval(START, START.plus(Duration.ofMinutes(45)));
        return new Booking("bkg_1", "ten_1", "ABCD2345", "svc_1", List.of("res_a"), "cli_1", time, time, 1, status,
                Channel.API, new Money(2500, "EUR"), null, null, 1, START.minusSeconds(86_400 * 3),
                START.minusSeconds(86_400 * 3));
    }

    @Test
    void theStatusMachineAllowsOnlyItsTransitions() {
        assertThat(BookingStatus.PENDING.next()).containsExactlyInAnyOrder(BookingStatus.CONFIRMED, BookingStatus.CANCELLED);
        assertThat(BookingStatus.CONFIRMED.next()).containsExactlyInAnyOrder(BookingStatus.COMPLETED,
                BookingStatus.NO_SHOW, BookingStatus.CANCELLED);
        for (BookingStatus end : List.of(BookingStatus.CANCELLED, BookingStatus.COMPLETED, BookingStatus.NO_SHOW)) {
            assertThat(end.next()).isEmpty();
            assertThat(end.occupies()).isFalse();
        }
        assertThat(BookingStatus.PENDING.occupies()).isTrue();
        assertThat(BookingStatus.CONFIRMED.occupies()).isTrue();
    }

    private static Booking changed(Transition transition) {
        return transition.orElseThrow(rule -> new IllegalStateException("refused: " + rule));
    }

    @Test
    void aTransitionBumpsTheVersionAndKeepsTheReasonOnlyForCancellation() {
        Booking cancelled = changed(booking(BookingStatus.CONFIRMED).transitionTo(BookingStatus.CANCELLED, "ill", START));
        assertThat(cancelled.version()).isEqualTo(2);
        assertThat(cancelled.cancellationReason()).isEqualTo("ill");
        assertThat(changed(booking(BookingStatus.PENDING).transitionTo(BookingStatus.CONFIRMED, "x", START))
                .cancellationReason()).isNull();
    }

    @Test
    void aTransitionTheStatusMachineForbidsIsARefusal_notAnException() {
        Booking cancelled = booking(BookingStatus.CANCELLED);
        assertThat(cancelled.transitionTo(BookingStatus.CONFIRMED, null, START).refusal())
                .contains(BookingRule.INVALID_TRANSITION);
        assertThat(cancelled.moveTo(SERVICE, new Slot(START, START.plus(Duration.ofMinutes(45)), List.of("res_a"), 1),
                START).refusal()).contains(BookingRule.INVALID_TRANSITION);
    }

    @Test
    void aNewBookingTakesItsStatusPriceAndBufferedIntervalFromTheService() {
        Service withBuffersAndConfirmation = new Service("svc_2", "ten_1", null, "Color", null, 60, 10, 15, 15,
                new Money(4000, "EUR"), 8, 0, 30, 24, true, true,
                List.of(new ResourceRequirement(ResourceType.STAFF, List.of())));
        Slot slot = new Slot(START, START.plus(Duration.ofMinutes(60)), List.of("res_a"), 8);

        Booking booked = Booking.book("bkg_2", "ABCD2345", withBuffersAndConfirmation, slot, "cli_1", 3, null, null,
                START.minusSeconds(3600));

        assertThat(booked.status()).isEqualTo(BookingStatus.PENDING);
        assertThat(booked.price()).isEqualTo(new Money(12_000, "EUR"));
        assertThat(booked.occupied()).isEqualTo(new Interval(START.minus(Duration.ofMinutes(10)),
                START.plus(Duration.ofMinutes(75))));
        assertThat(booked.channel()).isEqualTo(Channel.API);
        assertThat(booked.version()).isEqualTo(1);
        assertThat(Booking.book("bkg_3", "ABCD2346", SERVICE, slot, "cli_1", 1, Channel.WIDGET, null, START).status())
                .isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void aMoveKeepsStatusAndPriceAndTakesTheNewSlotsResourcesAndBuffers() {
        Slot later = new Slot(START.plus(Duration.ofHours(2)), START.plus(Duration.ofMinutes(165)), List.of("res_b"), 1);
        Booking moved = changed(booking(BookingStatus.CONFIRMED).moveTo(SERVICE, later, START));
        assertThat(moved.resourceIds()).containsExactly("res_b");
        assertThat(moved.time().start()).isEqualTo(later.start());
        assertThat(moved.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(moved.version()).isEqualTo(2);
    }

    @Test
    void cancellingLaterThanTheNoticeIsRefusedUnlessAManagerOverrides() {
        Booking booking = booking(BookingStatus.CONFIRMED);
        Instant inTime = START.minus(Duration.ofHours(24));
        Instant late = inTime.plusSeconds(1);

        assertThat(CancellationPolicy.check(booking, SERVICE, inTime, false)).isEmpty();
        assertThat(CancellationPolicy.check(booking, SERVICE, late, false)).contains(BookingRule.CANCELLATION_TOO_LATE);
        assertThat(CancellationPolicy.check(booking, SERVICE, late, true)).isEmpty();
        assertThat(CancellationPolicy.check(booking(BookingStatus.COMPLETED), SERVICE, inTime, true))
                .contains(BookingRule.INVALID_TRANSITION);
    }
}
