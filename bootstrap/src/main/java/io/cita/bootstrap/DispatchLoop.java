package io.cita.bootstrap;

import io.cita.application.port.in.DispatchUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code cita.dispatch.every} (1 s) each instance turns the outbox into deliveries and sends the due ones, as
 * long as there is work, with {@code cita.dispatch.workers} (4) workers side by side: each claims batches of its own
 * with leases, which also keep instances off each other's items. {@code cita.dispatch.enabled=false} turns it off on
 * an instance.
 */
@Singleton
@Requires(property = "cita.dispatch.enabled", notEquals = "false")
public class DispatchLoop {
    private static final Logger LOG = LoggerFactory.getLogger(DispatchLoop.class);
    private static final int ROUNDS = 20;
    private final DispatchUseCase dispatch;
    private final int workers;
    private final ExecutorService pool;

    public DispatchLoop(DispatchUseCase dispatch, @Value("${cita.dispatch.workers:4}") int workers) {
        this.dispatch = dispatch;
        this.workers = Math.max(1, workers);
        this.pool = Executors.newFixedThreadPool(this.workers, runnable -> {
            Thread thread = new Thread(runnable, "cita-dispatch");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(fixedDelay = "${cita.dispatch.every:1s}", initialDelay = "${cita.dispatch.initial-delay:2s}")
    void run() {
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            running.add(pool.submit(this::drain));
        }
        for (Future<?> worker : running) {
            try {
                worker.get();
            } catch (ExecutionException e) {
                LOG.warn("A dispatch worker failed; trying again at the next run", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void drain() {
        try {
            for (int round = 0; round < ROUNDS && dispatch.dispatchOutbox() + dispatch.deliverDue() > 0; round++) {
                LOG.debug("Dispatched a batch; looking for more");
            }
        } catch (RuntimeException e) {
            LOG.warn("Dispatching failed; trying again at the next run", e);
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
