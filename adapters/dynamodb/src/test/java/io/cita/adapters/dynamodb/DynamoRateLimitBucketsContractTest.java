package io.cita.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.conformance.AbstractRateLimitBucketsContractTest;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The shared rate-limit buckets' contract on DynamoDB Local (Cita's compare-and-swap backend), async API too. */
class DynamoRateLimitBucketsContractTest extends AbstractRateLimitBucketsContractTest {
    @Override
    protected ProxyManager<String> anotherInstance() {
        return new DynamoRateLimitBuckets(DynamoTestStores.context().getBean(DynamoStore.class));
    }

    @Test
    void theAsynchronousApiTakesFromTheSameBucket() {
        String key = "async:" + UUID.randomUUID();
        BucketConfiguration two = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(2).refillIntervally(2, Duration.ofMinutes(1))).build();
        ProxyManager<String> buckets = anotherInstance();
        assertThat(buckets.asAsync().builder().build(key, () -> CompletableFuture.completedFuture(two)).tryConsume(1).join()).isTrue();
        assertThat(buckets.getProxy(key, () -> two).tryConsume(1)).isTrue();
        assertThat(buckets.asAsync().builder().build(key, () -> CompletableFuture.completedFuture(two)).tryConsume(1).join()).isFalse();
        buckets.asAsync().removeProxy(key).join();
        assertThat(buckets.getProxy(key, () -> two).tryConsume(1)).as("removed: whole again").isTrue();
    }
}
