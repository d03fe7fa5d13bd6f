package io.cita.application.port.in;

import io.cita.application.error.InvalidRequestException;

/** The seats a booking or hold asks for: at least one, or the request is refused naming {@code seats}. */
final class SeatCount {
    private SeatCount() {
    }

    static void check(int seats) {
        if (seats < 1) {
            throw new InvalidRequestException("seats", "must be at least 1");
        }
    }
}
