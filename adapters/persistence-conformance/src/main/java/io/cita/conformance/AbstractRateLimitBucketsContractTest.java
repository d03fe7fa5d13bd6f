package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.f4b6a3.ulid.UlidCreator;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Contract of the rate-limit buckets a store shares between instances (Bucket4j's ProxyManager): several instances
 * taking tokens of one bucket at once admit the quota exactly, buckets are apart per key, and a bucket is whole again
 * after its window.
 */
public abstract class AbstractRateLimitBucketsContractTest {
    /** The store's buckets as one more instance sees them: a fresh proxy manager on the same store. */
    protected abstract ProxyManager<String> anotherInstance();

    private static BucketConfiguration quota(long tokens, Duration window) {
        return BucketConfiguration.builder().addLimit(limit -> limit.capacity(tokens).refillIntervally(tokens, window))
                .build();
    }

    private static String freshKey() {
        return "contract:" + UlidCreator.getMonotonicUlid();
    }

    @Test
    void threeInstancesTakingAtOnce_admitTheQuotaExactly() throws Exception {
        String key = freshKey();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> instances = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProxyManager<String> buckets = anotherInstance();
            instances.add(() -> {
                start.await();
                int admitted = 0;
                for (int request = 0; request < 60; request++) {
                    admitted += buckets.getProxy(key, () -> quota(100, Duration.ofMinutes(1))).tryConsume(1) ? 1 : 0;
                }
                return admitted;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> running = new ArrayList<>();
            instances.forEach(instance -> running.add(pool.submit(instance)));
            start.countDown();
            int admitted = 0;
            for (Future<Integer> instance : running) {
                admitted += instance.get(2, TimeUnit.MINUTES);
            }
            assertThat(admitted).isEqualTo(100);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachKeyHasItsOwnBucket_andABucketIsWholeAgainAfterItsWindow() {
        ProxyManager<String> buckets = anotherInstance();
        String key = freshKey();
        for (int i = 0; i < 2; i++) {
            assertThat(buckets.getProxy(key, () -> quota(2, Duration.ofSeconds(2))).tryConsume(1)).isTrue();
        }
        assertThat(anotherInstance().getProxy(key, () -> quota(2, Duration.ofSeconds(2))).tryConsume(1)).isFalse();
        assertThat(buckets.getProxy(freshKey(), () -> quota(2, Duration.ofSeconds(2))).tryConsume(1)).isTrue();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> buckets.getProxy(key, () -> quota(2, Duration.ofSeconds(2))).tryConsume(1));
    }
}
