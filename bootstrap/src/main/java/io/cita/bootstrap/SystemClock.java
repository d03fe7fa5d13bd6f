package io.cita.bootstrap;

import io.cita.application.port.out.ClockPort;
import jakarta.inject.Singleton;
import java.time.Instant;

/** The real clock. */
@Singleton
public class SystemClock implements ClockPort {
    @Override
    public Instant now() {
        return Instant.now();
    }
}
