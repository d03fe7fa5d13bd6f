package io.cita.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Plans;
import io.cita.domain.plan.DefaultPlans;
import io.cita.domain.plan.PlanCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PlanCacheTest {
    private final CountingPorts ports = new CountingPorts();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-22T10:00:00Z"));
    private final PlanCache plans = new PlanCache(
            ports.port(Plans.class, Map.of("plan", args -> DefaultPlans.of((PlanCode) args[0]))),
            ports.port(ClockPort.class, Map.of("now", args -> now.get())), Duration.ofSeconds(60));

    @Test
    void aPlanIsReadFromTheStoreOncePerTtl_perCode() {
        plans.plan(PlanCode.FREE);
        now.set(now.get().plusSeconds(59));
        assertThat(plans.plan(PlanCode.FREE)).isEqualTo(DefaultPlans.of(PlanCode.FREE));
        plans.plan(PlanCode.PROFESSIONAL);
        assertThat(ports.calls("Plans.plan")).isEqualTo(2);

        now.set(now.get().plusSeconds(2));
        plans.plan(PlanCode.FREE);

        assertThat(ports.calls("Plans.plan")).isEqualTo(3);
    }
}
