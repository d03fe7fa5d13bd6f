package io.cita.application.service;

import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Plans;
import io.cita.domain.plan.Plan;
import io.cita.domain.plan.PlanCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plans from the store, each kept for {@code ttl}: plans are platform data an operator changes rarely, and the
 * booking path needs one on every booking. A plan changed in the store takes effect here within {@code ttl}.
 */
public final class PlanCache implements Plans {
    private final Plans store;
    private final ClockPort clock;
    private final Duration ttl;
    private final Map<PlanCode, Kept> kept = new ConcurrentHashMap<>();

    public PlanCache(Plans store, ClockPort clock, Duration ttl) {
        this.store = store;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public Plan plan(PlanCode code) {
        Instant now = clock.now();
        Kept known = kept.get(code);
        if (known != null && now.isBefore(known.until())) {
            return known.plan();
        }
        Plan fresh = store.plan(code);
        kept.put(code, new Kept(fresh, now.plus(ttl)));
        return fresh;
    }

    /** A plan and the instant it stops being served from memory. */
    private record Kept(Plan plan, Instant until) {
    }
}
