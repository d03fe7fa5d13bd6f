package io.cita.bootstrap;

import io.cita.application.port.in.ApplyBillingGraceUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suspends the businesses whose grace after a failed payment has ended, every {@code cita.billing.grace-sweep-every}
 * (a minute); every instance sweeps, and each ended grace is claimed by one of them under a lease.
 */
@Singleton
@Requires(property = "cita.billing.grace-sweep-enabled", notEquals = "false")
public class BillingGraceSweep {
    private static final Logger LOG = LoggerFactory.getLogger(BillingGraceSweep.class);
    private final ApplyBillingGraceUseCase grace;

    public BillingGraceSweep(ApplyBillingGraceUseCase grace) {
        this.grace = grace;
    }

    @Scheduled(fixedDelay = "${cita.billing.grace-sweep-every:1m}",
            initialDelay = "${cita.billing.grace-sweep-initial-delay:30s}")
    void run() {
        try {
            int suspended = grace.applyEndedGraces();
            if (suspended > 0) {
                LOG.info("Suspended {} businesses whose payment still failed after the grace", suspended);
            }
        } catch (RuntimeException e) {
            LOG.warn("Applying ended billing graces failed; trying again at the next sweep", e);
        }
    }
}
