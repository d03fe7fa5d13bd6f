package io.cita.bootstrap;

import io.cita.application.port.in.ExpireHoldsUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes expired holds every {@code cita.holds.sweep-every} (15 s), announcing each as {@code hold.expired}; every
 * instance sweeps, and the store removes each hold once (the others find it gone).
 */
@Singleton
@Requires(property = "cita.holds.sweep-enabled", notEquals = "false")
public class HoldSweep {
    private static final Logger LOG = LoggerFactory.getLogger(HoldSweep.class);
    private final ExpireHoldsUseCase holds;

    public HoldSweep(ExpireHoldsUseCase holds) {
        this.holds = holds;
    }

    @Scheduled(fixedDelay = "${cita.holds.sweep-every:15s}", initialDelay = "${cita.holds.sweep-initial-delay:20s}")
    void run() {
        try {
            int removed = holds.removeExpiredHolds();
            if (removed > 0) {
                LOG.debug("Removed {} expired holds", removed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Removing expired holds failed; trying again at the next sweep", e);
        }
    }
}
