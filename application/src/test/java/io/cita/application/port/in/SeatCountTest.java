package io.cita.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.application.error.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seats below one are refused by every booking and hold command, whatever channel built it, naming the field. */
class SeatCountTest {
    private static final Instant TEN = Instant.parse("2031-03-10T09:00:00Z");

    @Test
    void zeroOrNegativeSeatsAreRefused_oneOrMoreAreKept() {
        for (int seats : new int[] {0, -3}) {
            assertThatThrownBy(() -> new PlaceHoldCommand("ten_a", "svc_a", TEN, List.of(), seats, null))
                    .isInstanceOf(InvalidRequestException.class)
                    .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("seats"));
            assertThatThrownBy(() -> new BookCommand("ten_a", "svc_a", TEN, List.of(), null, "cli_a", null, seats,
                    null, null, null)).isInstanceOf(InvalidRequestException.class);
        }
        assertThat(new PlaceHoldCommand("ten_a", "svc_a", TEN, List.of(), 4, null).seats()).isEqualTo(4);
    }
}
