package io.cita.application.service;

import io.cita.application.port.in.ApplyBillingGraceUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Subscriptions;
import io.cita.application.port.out.Tenants;
import io.cita.domain.billing.Subscription;
import java.time.Duration;
import java.util.UUID;

/**
 * Suspends each business whose payment still fails when its grace ends: the ended graces are claimed under a lease
 * (so no two instances apply the same one, and one an instance dropped is taken up again when its lease lapses), the
 * tenant follows its subscription as stored now, and the grace is marked applied.
 */
public class BillingGraceService implements ApplyBillingGraceUseCase {
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 50;
    private final String owner = "grace-" + UUID.randomUUID();
    private final Subscriptions subscriptions;
    private final Tenants tenants;
    private final TenantBilling billing;
    private final ClockPort clock;

    public BillingGraceService(Subscriptions subscriptions, Tenants tenants, TenantBilling billing, ClockPort clock) {
        this.subscriptions = subscriptions;
        this.tenants = tenants;
        this.billing = billing;
        this.clock = clock;
    }

    @Override
    public int applyEndedGraces() {
        int applied = 0;
        for (Subscription ended : subscriptions.claimGraceEnded(owner, clock.now(), LEASE, BATCH)) {
            Subscription stored = subscriptions.find(ended.tenantId()).orElse(ended);
            if (tenants.find(ended.tenantId()).map(tenant -> billing.follow(tenant, stored)).orElse(false)) {
                applied++;
            }
            subscriptions.graceApplied(ended.tenantId(), ended.stateAt());
        }
        return applied;
    }
}
