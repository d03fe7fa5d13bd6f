package io.cita.application.service;

import io.cita.application.port.in.IdempotencyUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.IdempotencyKeys;
import java.time.Duration;
import java.time.Instant;

/** Claims, replays and completes Idempotency-Keys; a key lives 24 hours per tenant. */
public class IdempotencyService implements IdempotencyUseCase {
    private static final Duration KEY_LIFETIME = Duration.ofHours(24);
    private final IdempotencyKeys keys;
    private final ClockPort clock;

    public IdempotencyService(IdempotencyKeys keys, ClockPort clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Claim claim(String tenantId, String key, String fingerprint) {
        Instant now = clock.now();
        IdempotencyKeys.StoredResponse stored = keys.claim(tenantId, key, fingerprint, now, now.plus(KEY_LIFETIME));
        if (stored == null) {
            return new Proceed();
        }
        if (!stored.fingerprint().equals(fingerprint)) {
            return new KeyReused();
        }
        return stored.inFlight() ? new InFlight() : new Replay(stored.status(), stored.body());
    }

    @Override
    public void complete(String tenantId, String key, int status, String body) {
        keys.complete(tenantId, key, status, body);
    }

    @Override
    public void release(String tenantId, String key) {
        keys.release(tenantId, key);
    }
}
