package io.cita.application.error;

/** Too many failed logins for this e-mail from this address: locked for a while, whether the e-mail exists or not. */
public class LoginLockedException extends RuntimeException {
    private final long retryAfterSeconds;

    public LoginLockedException(long retryAfterSeconds) {
        super("Too many failed attempts; try again later");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
