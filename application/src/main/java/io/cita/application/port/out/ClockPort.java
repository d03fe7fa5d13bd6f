package io.cita.application.port.out;

import java.time.Instant;

/** The current time, replaceable in tests. */
public interface ClockPort {
    Instant now();
}
