package io.cita.application.port.out;

import java.time.Instant;

/** Outgoing persistence port for login attempts (seed 001's login_attempts), which drive the lockout. */
public interface LoginAttempts {
    void record(String email, String ip, boolean success, String failureReason, Instant at);

    /** Failed attempts of this e-mail from this address since {@code since} and after its latest success there. */
    int recentFailures(String email, String ip, Instant since);
}
