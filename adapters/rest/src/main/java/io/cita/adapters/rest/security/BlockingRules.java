package io.cita.adapters.rest.security;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Runs a security rule's decision, which reads the store, on the blocking executor rather than the event loop. */
@Singleton
class BlockingRules {
    private final Scheduler scheduler;

    BlockingRules(@Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.scheduler = Schedulers.fromExecutorService(blocking);
    }

    Publisher<SecurityRuleResult> decide(Supplier<SecurityRuleResult> decision) {
        return Mono.fromSupplier(decision).subscribeOn(scheduler);
    }
}
