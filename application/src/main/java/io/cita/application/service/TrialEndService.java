package io.cita.application.service;

import io.cita.application.port.in.Actor;
import io.cita.application.port.in.EndTrialsUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Subscriptions;
import io.cita.application.port.out.Tenants;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Ends each free trial that has run out: the trials are claimed under a lease (no two instances end the same one, and
 * one an instance dropped is taken up again when its lease lapses); a business still on TRIAL without a subscription
 * goes on ACTIVE on the FREE plan, with an audit entry; one that subscribed follows its subscription instead.
 */
public class TrialEndService implements EndTrialsUseCase {
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 50;
    private static final Actor CITA = new Actor(Actor.Kind.SYSTEM, "trial-end", null, null, null, "Cita");
    private final String owner = "trials-" + UUID.randomUUID();
    private final Tenants tenants;
    private final Subscriptions subscriptions;
    private final AuditTrail audit;
    private final ClockPort clock;

    public TrialEndService(Tenants tenants, Subscriptions subscriptions, AuditTrail audit, ClockPort clock) {
        this.tenants = tenants;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public int endTrials() {
        Instant now = clock.now();
        int ended = 0;
        for (Tenant claimed : tenants.claimTrialsEnded(owner, now, LEASE, BATCH)) {
            Tenant current = tenants.find(claimed.id()).orElse(null);
            if (current != null && endsNow(current, now)) {
                Tenant free = current.withSubscription(PlanCode.FREE, TenantStatus.ACTIVE);
                tenants.update(free, audit.pending(current.id(), CITA, "tenant.trial-ended", "tenant", current.id(),
                        Map.of("plan", current.plan().name(), "status", current.status().name()),
                        Map.of("plan", free.plan().name(), "status", free.status().name())));
                ended++;
            }
            tenants.trialApplied(claimed.id(), claimed.trialEndsAt());
        }
        return ended;
    }

    /** Whether the business is still on a trial that has ended, and never subscribed. */
    private boolean endsNow(Tenant tenant, Instant now) {
        return tenant.status() == TenantStatus.TRIAL && tenant.trialEndsAt() != null
                && !tenant.trialEndsAt().isAfter(now) && subscriptions.find(tenant.id()).isEmpty();
    }
}
