package io.cita.application.error;

/** The store cannot be reached right now (connection refused, pool exhausted); the request may be retried. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(Throwable cause) {
        super("The store is unavailable", cause);
    }
}
