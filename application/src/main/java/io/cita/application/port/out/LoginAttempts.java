package io.cita.application.port.out;

import java.time.Instant;

/** Outgoing persistence port for login attempts (seed 001's login_attempts), which drive the lockout and slow-down. */
public interface LoginAttempts {
    /** An account's failed attempts from every address, and when the latest was (null: none). */
    record AccountFailures(int count, Instant latest) {
    }

    void record(String email, String ip, boolean success, String failureReason, Instant at);

    /** Failed attempts of this e-mail from this address since {@code since} and after its latest success there. */
    int recentFailures(String email, String ip, Instant since);

    /** Failed attempts of this e-mail from any address since {@code since} and after its latest success anywhere. */
    AccountFailures accountFailures(String email, Instant since);

    /** Whether this e-mail logged in successfully from this address since {@code since}: an address its owner uses. */
    boolean succeededFrom(String email, String ip, Instant since);
}
