package io.cita.bootstrap;

import io.cita.application.port.in.DispatchUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code cita.dispatch.every} (1 s) each instance turns the outbox into deliveries and sends the due ones, as
 * long as there is work; claims with leases keep instances off each other's items. {@code cita.dispatch.enabled=false}
 * turns it off on an instance.
 */
@Singleton
@Requires(property = "cita.dispatch.enabled", notEquals = "false")
public class DispatchLoop {
    private static final Logger LOG = LoggerFactory.getLogger(DispatchLoop.class);
    private static final int ROUNDS = 20;
    private final DispatchUseCase dispatch;

    public DispatchLoop(DispatchUseCase dispatch) {
        this.dispatch = dispatch;
    }

    @Scheduled(fixedDelay = "${cita.dispatch.every:1s}", initialDelay = "${cita.dispatch.initial-delay:2s}")
    void run() {
        try {
            for (int round = 0; round < ROUNDS && dispatch.dispatchOutbox() + dispatch.deliverDue() > 0; round++) {
                LOG.debug("Dispatched a batch; looking for more");
            }
        } catch (RuntimeException e) {
            LOG.warn("Dispatching failed; trying again at the next run", e);
        }
    }
}
