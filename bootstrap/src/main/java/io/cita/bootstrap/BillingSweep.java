package io.cita.bootstrap;

import io.cita.application.port.in.ApplyBillingGraceUseCase;
import io.cita.application.port.in.EndTrialsUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code cita.billing.sweep-every} (a minute): suspends the businesses whose grace after a failed payment has
 * ended, and ends the free trials that ran out. Every instance sweeps; each item is claimed by one of them under a
 * lease.
 */
@Singleton
@Requires(property = "cita.billing.sweep-enabled", notEquals = "false")
public class BillingSweep {
    private static final Logger LOG = LoggerFactory.getLogger(BillingSweep.class);
    private final ApplyBillingGraceUseCase grace;
    private final EndTrialsUseCase trials;

    public BillingSweep(ApplyBillingGraceUseCase grace, EndTrialsUseCase trials) {
        this.grace = grace;
        this.trials = trials;
    }

    @Scheduled(fixedDelay = "${cita.billing.sweep-every:1m}", initialDelay = "${cita.billing.sweep-initial-delay:30s}")
    void run() {
        try {
            int suspended = grace.applyEndedGraces();
            if (suspended > 0) {
                LOG.info("Suspended {} businesses whose payment still failed after the grace", suspended);
            }
        } catch (RuntimeException e) {
            LOG.warn("Applying ended billing graces failed; trying again at the next sweep", e);
        }
        try {
            int ended = trials.endTrials();
            if (ended > 0) {
                LOG.info("Ended {} free trials", ended);
            }
        } catch (RuntimeException e) {
            LOG.warn("Ending free trials failed; trying again at the next sweep", e);
        }
    }
}
