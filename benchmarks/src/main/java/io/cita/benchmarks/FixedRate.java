package io.cita.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * An open-loop load: requests sent on a fixed schedule, each with a body made afresh (null: none), each measured from
 * its intended start (no coordinated omission).
 */
final class FixedRate {
    private FixedRate() {
    }

    /** Sends {@code rate} requests a second for {@code seconds} and returns their latencies in microseconds. */
    static Histogram send(Http http, String method, String path, String token, Supplier<byte[]> body, int rate,
                               int seconds) throws Exception {
        Histogram histogram = new Histogram(60_000_000L, 3);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        long intervalNanos = 1_000_000_000L / rate;
        long begin = System.nanoTime() + 100_000_000L;
        int total = rate * seconds;
        AtomicInteger failures = new AtomicInteger();
        List<Future<?>> pending = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            long intended = begin + i * intervalNanos;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pending.add(pool.submit(() -> {
                byte[] payload = body.get();
                Http.Answer answer = http.send(method, path, token, payload, payload == null ? null
                        : "application/json");
                if (answer.status() != 200) {
                    failures.incrementAndGet();
                }
                synchronized (histogram) {
                    histogram.recordValue(Math.min(60_000_000L, (System.nanoTime() - intended) / 1000));
                }
            }));
        }
        for (Future<?> future : pending) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        if (failures.get() > 0) {
            System.out.println("  " + failures.get() + " of " + total + " requests to " + path + " failed");
        }
        return histogram;
    }

}
