package io.cita.bootstrap;

import io.cita.application.port.out.ClockPort;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/** The real clock, for the core (as its port) and for the adapters (as a {@link Clock}). */
@Singleton
public class SystemClock implements ClockPort {
    private final Clock clock;

    public SystemClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }
}
