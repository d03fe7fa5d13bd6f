package io.cita.adapters.dynamodb;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Bucket4j's buckets shared by every instance through DynamoDB (Bucket4j ships no DynamoDB backend): one item per
 * bucket in RateLimits (PK {@code BUCKET#key}), its state replaced by a PutItem conditioned on the state read, so of
 * two instances taking a token at once one retries on the other's state; {@code ttl} drops a bucket once it would be
 * full again.
 */
@Singleton
@Requires(env = "dynamodb")
@Requires(property = "cita.rate-limits.shared", notEquals = "false")
public class DynamoRateLimitBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {
    private static final String TABLE = "RateLimits";
    private final DynamoStore store;
    private final ExpirationAfterWriteStrategy expiry;

    public DynamoRateLimitBuckets(DynamoStore store) {
        this(store, ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)));
    }

    private DynamoRateLimitBuckets(DynamoStore store, ExpirationAfterWriteStrategy expiry) {
        super(ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(expiry));
        this.store = store;
        this.expiry = expiry;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return state(key);
            }

            @Override
            public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
                                          Optional<Long> timeoutNanos) {
                return swap(key, originalData, newData, newState);
            }
        };
    }

    /** The same two steps for Bucket4j's asynchronous API, each done on the calling thread (the SDK client blocks). */
    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        return new AsyncCompareAndSwapOperation() {
            @Override
            public CompletableFuture<Optional<byte[]>> getStateData(Optional<Long> timeoutNanos) {
                return CompletableFuture.supplyAsync(() -> state(key), Runnable::run);
            }

            @Override
            public CompletableFuture<Boolean> compareAndSwap(byte[] originalData, byte[] newData,
                                                             RemoteBucketState newState, Optional<Long> timeoutNanos) {
                return CompletableFuture.supplyAsync(() -> swap(key, originalData, newData, newState), Runnable::run);
            }
        };
    }

    /** The bucket's state, read consistently; empty before its first token is taken. */
    private Optional<byte[]> state(String key) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table(TABLE)).key(key(key)).consistentRead(true).build())).item();
        return item == null || !item.containsKey("state") ? Optional.empty()
                : Optional.of(item.get("state").b().asByteArray());
    }

    private boolean swap(String key, byte[] originalData, byte[] newData, RemoteBucketState newState) {
        Map<String, AttributeValue> item = new HashMap<>(key(key));
        item.put("state", AttributeValue.fromB(SdkBytes.fromByteArray(newData)));
        long ttlMillis = expiry.calculateTimeToLiveMillis(newState, currentTimeNanos());
        item.put("ttl", Attrs.n((System.currentTimeMillis() + Math.max(ttlMillis, 0)) / 1000 + 1));
        PutItemRequest.Builder put = PutItemRequest.builder().tableName(store.table(TABLE)).item(item);
        if (originalData == null) {
            put.conditionExpression("attribute_not_exists(PK)");
        } else {
            put.conditionExpression("#state = :original").expressionAttributeNames(Map.of("#state", "state"))
                    .expressionAttributeValues(Map.of(":original",
                            AttributeValue.fromB(SdkBytes.fromByteArray(originalData))));
        }
        try {
            store.call(() -> store.client().putItem(put.build()));
            return true;
        } catch (ConditionalCheckFailedException lost) {
            return false;
        }
    }

    @Override
    public void removeProxy(String key) {
        store.call(() -> store.client().deleteItem(DeleteItemRequest.builder().tableName(store.table(TABLE))
                .key(key(key)).build()));
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        return CompletableFuture.runAsync(() -> removeProxy(key), Runnable::run);
    }

    @Override
    public boolean isAsyncModeSupported() {
        return true;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    private static Map<String, AttributeValue> key(String key) {
        return Attrs.key("BUCKET#" + key, "BUCKET");
    }
}
