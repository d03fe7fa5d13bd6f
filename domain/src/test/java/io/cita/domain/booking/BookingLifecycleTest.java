package io.cita.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.domain.catalog.ResourceRequirement;
import io.cita.domain.catalog.Service;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

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

    @Test
    void aTransitionBumpsTheVersionAndKeepsTheReasonOnlyForCancellation() {
        Booking cancelled = booking(BookingStatus.CONFIRMED).transitionedTo(BookingStatus.CANCELLED, "ill", START);
        assertThat(cancelled.version()).isEqualTo(2);
        assertThat(cancelled.cancellationReason()).isEqualTo("ill");
        assertThat(booking(BookingStatus.PENDING).transitionedTo(BookingStatus.CONFIRMED, "x", START)
                .cancellationReason()).isNull();
        assertThatThrownBy(() -> cancelled.transitionedTo(BookingStatus.CONFIRMED, null, START))
                .isInstanceOf(IllegalStateException.class);
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
