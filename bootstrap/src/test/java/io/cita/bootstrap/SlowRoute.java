package io.cita.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A route that answers only when the test lets it, to hold a request in flight (only where a test asks for it). */
@Requires(property = "cita.test.slow-route", value = "true")
@Controller("/test/slow")
public class SlowRoute {
    static final CountDownLatch ENTERED = new CountDownLatch(1);
    static final CountDownLatch RELEASE = new CountDownLatch(1);

    @Get(produces = "text/plain")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public String slow() throws InterruptedException {
        ENTERED.countDown();
        return RELEASE.await(30, TimeUnit.SECONDS) ? "finished" : "not released";
    }
}
