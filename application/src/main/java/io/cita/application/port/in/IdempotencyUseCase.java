package io.cita.application.port.in;

/** Making creating POSTs safe to retry: one outcome per tenant and Idempotency-Key for 24 hours. */
public interface IdempotencyUseCase {
    /** What to do with a request carrying a key. */
    sealed interface Claim permits Proceed, Replay, KeyReused, InFlight {
    }

    /** The key is new: run the request, then {@link #complete} or {@link #release}. */
    record Proceed() implements Claim {
    }

    /** The same request ran before: answer with what it answered. */
    record Replay(int status, String body) implements Claim {
    }

    /** The key was used with a different request. */
    record KeyReused() implements Claim {
    }

    /** The same key is still being processed. */
    record InFlight() implements Claim {
    }

    Claim claim(String tenantId, String key, String fingerprint);

    void complete(String tenantId, String key, int status, String body);

    void release(String tenantId, String key);
}
