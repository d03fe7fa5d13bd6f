package io.cita.benchmarks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A closed-loop load: each client repeats its step as soon as the last one is done, for a fixed time, and the
 * duration of every step is recorded (microseconds, HdrHistogram).
 */
final class ClosedLoop {
    private ClosedLoop() {
    }

    /** The {@code k}-th step of one client. */
    interface Step {
        void run(int client, int k) throws Exception;
    }

    /** How long the loop ran and how long its steps took. */
    record Result(double seconds, Histogram latency) {
        double millisAt(double percentile) {
            return latency.getValueAtPercentile(percentile) / 1e3;
        }
    }

    static Result run(int clients, int seconds, Step step) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        long begin = System.nanoTime();
        long until = begin + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int t = 0; t < clients; t++) {
            int client = t;
            pool.submit(() -> {
                for (int k = 0; System.nanoTime() < until; k++) {
                    long sent = System.nanoTime();
                    step.run(client, k);
                    recorder.recordValue((System.nanoTime() - sent) / 1_000);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
        return new Result((System.nanoTime() - begin) / 1e9, recorder.getIntervalHistogram());
    }
}
