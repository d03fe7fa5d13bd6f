package io.cita.bootstrap;

import io.cita.application.port.in.DispatchUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each instance's dispatcher: every {@code cita.dispatch.every} (1 s), or at once when {@link #nudge} says this
 * instance just wrote a change, {@code cita.dispatch.workers} (4) workers side by side turn the outbox into
 * deliveries and send the due ones as long as there is work, each claiming batches of its own with leases (which also
 * keep instances off each other's items). A nudge only shortens the wait; the poll finds every change whichever
 * instance wrote it. {@code cita.dispatch.enabled=false} turns it off on an instance.
 */
@Singleton
@Requires(property = "cita.dispatch.enabled", notEquals = "false")
public class DispatchLoop implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(DispatchLoop.class);
    private static final int ROUNDS = 20;
    private final DispatchUseCase dispatch;
    private final int workers;
    private final Duration every;
    private final Duration initialDelay;
    private final ExecutorService pool;
    private final Semaphore nudges = new Semaphore(0);
    private volatile boolean running = true;

    public DispatchLoop(DispatchUseCase dispatch, @Value("${cita.dispatch.workers:4}") int workers,
                        @Value("${cita.dispatch.every:1s}") Duration every,
                        @Value("${cita.dispatch.initial-delay:2s}") Duration initialDelay) {
        this.dispatch = dispatch;
        this.workers = Math.max(1, workers);
        this.every = every;
        this.initialDelay = initialDelay;
        this.pool = Executors.newFixedThreadPool(this.workers + 1, runnable -> {
            Thread thread = new Thread(runnable, "cita-dispatch");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent started) {
        pool.execute(this::loop);
    }

    /** Asks for a run now: this instance has just written a change whose event is waiting. */
    public void nudge() {
        if (nudges.availablePermits() == 0) {
            nudges.release();
        }
    }

    private void loop() {
        try {
            // start-up settles first; a nudge (a write already answered) may cut the wait short
            nudges.tryAcquire(initialDelay.toMillis(), TimeUnit.MILLISECONDS);
            while (running) {
                if (!runOnce()) {
                    nudges.tryAcquire(every.toMillis(), TimeUnit.MILLISECONDS);
                }
                nudges.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One run: every worker drains until a round finds nothing (or ROUNDS rounds); true when some worker stopped with
     * work left, so that the next run starts at once.
     */
    boolean runOnce() throws InterruptedException {
        List<Future<Boolean>> started = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            started.add(pool.submit(this::drain));
        }
        boolean more = false;
        for (Future<Boolean> worker : started) {
            try {
                more |= worker.get();
            } catch (ExecutionException e) {
                LOG.warn("A dispatch worker failed; trying again at the next run", e.getCause());
            }
        }
        return more;
    }

    /** Rounds until one finds nothing; true when it stopped at ROUNDS with work left. */
    private boolean drain() {
        try {
            for (int round = 0; round < ROUNDS; round++) {
                if (dispatch.dispatchOutbox() + dispatch.deliverDue() == 0) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Dispatching failed; trying again at the next run", e);
            return false;
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        pool.shutdownNow();
    }
}
