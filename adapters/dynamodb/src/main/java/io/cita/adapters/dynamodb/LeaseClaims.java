package io.cita.adapters.dynamodb;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Claims of queued items (outbox events, due deliveries) by one instance with a lease: a conditional update that sets
 * {@code claimedBy} and {@code claimExpiresAt} only while the item is still queued (its GSI1 key exists) and nobody's
 * lease is running, so two instances never hold the same item and a crashed one's items come back when it runs out.
 * Queued items are spread over {@link #SHARDS} GSI1 partitions so that no one partition takes every write.
 */
final class LeaseClaims {
    static final int SHARDS = 4;

    private LeaseClaims() {
    }

    /** The GSI1 partition of a queue for items of {@code subject} (all of one subject in one partition, in order). */
    static String shard(String queue, String subject) {
        return queue + "#" + Math.floorMod(subject.hashCode(), SHARDS);
    }

    /**
     * Claims for {@code owner} up to {@code limit} queued items of {@code queue}'s partitions, each partition read
     * oldest first up to {@code highestSortKey} ({@code scan} items at most) and narrowed by {@code candidates}; an
     * item whose lease is running, or that another instance claims first, is passed over.
     */
    static List<Map<String, AttributeValue>> claimQueued(DynamoStore store, String table, String queue,
                                                         String highestSortKey, int scan,
                                                         UnaryOperator<List<Map<String, AttributeValue>>> candidates,
                                                         String owner, Instant now, Duration lease, int limit) {
        List<Map<String, AttributeValue>> claimed = new ArrayList<>();
        for (int shard = 0; shard < SHARDS && claimed.size() < limit; shard++) {
            for (Map<String, AttributeValue> item : candidates.apply(queued(store, table, queue + "#" + shard,
                    highestSortKey, scan))) {
                if (claimed.size() >= limit) {
                    break;
                }
                if (free(item, now)) {
                    claim(store, table, item, owner, now, lease).ifPresent(claimed::add);
                }
            }
        }
        return claimed;
    }

    /** A time that sorts as text in a queue: zero-padded epoch milliseconds, then the id ({@code ~}: every id). */
    static String timeKey(Instant at, String id) {
        return String.format("%015d#%s", at.toEpochMilli(), id);
    }

    /** The queued items of one GSI1 partition up to {@code highestSortKey}, oldest first. */
    static List<Map<String, AttributeValue>> queued(DynamoStore store, String table, String partition,
                                                            String highestSortKey, int limit) {
        return store.call(() -> store.client().query(QueryRequest.builder().tableName(store.table(table))
                .indexName("GSI1").keyConditionExpression("GSI1PK = :p AND GSI1SK <= :high")
                .expressionAttributeValues(Map.of(":p", Attrs.s(partition), ":high", Attrs.s(highestSortKey)))
                .limit(limit).build())).items();
    }

    /**
     * Takes the item at {@code key} out of its queue (its GSI1 keys and lease) if {@code attribute} still holds
     * {@code value}, the state that was claimed; a newer state, queued or not on its own terms, stays as it is.
     */
    static void dequeue(DynamoStore store, String table, Map<String, AttributeValue> key, String attribute,
                        AttributeValue value) {
        try {
            store.call(() -> store.client().updateItem(UpdateItemRequest.builder().tableName(store.table(table))
                    .key(key).updateExpression("REMOVE GSI1PK, GSI1SK, claimExpiresAt")
                    .conditionExpression("#state = :state").expressionAttributeNames(Map.of("#state", attribute))
                    .expressionAttributeValues(Map.of(":state", value)).build()));
        } catch (ConditionalCheckFailedException newerState) {
            // a newer state was stored meanwhile
        }
    }

    /** Whether the item's lease (if any) has run out by {@code now}. */
    static boolean free(Map<String, AttributeValue> item, Instant now) {
        return Attrs.num(item, "claimExpiresAt", 0) < now.toEpochMilli();
    }

    /** Claims the item for {@code owner} until {@code now + lease}: its new state, or empty when another has it. */
    static Optional<Map<String, AttributeValue>> claim(DynamoStore store, String table,
                                                      Map<String, AttributeValue> item,
                                                      String owner, Instant now, Duration lease) {
        try {
            return Optional.of(store.call(() -> store.client().updateItem(UpdateItemRequest.builder()
                    .tableName(store.table(table)).key(Attrs.key(Attrs.str(item, "PK"), Attrs.str(item, "SK")))
                    .updateExpression("SET claimedBy = :me, claimExpiresAt = :until")
                    .conditionExpression("attribute_exists(GSI1PK) AND (attribute_not_exists(claimExpiresAt) "
                            + "OR claimExpiresAt < :now)")
                    .expressionAttributeValues(Map.of(":me", Attrs.s(owner), ":until",
                            Attrs.n(now.plus(lease).toEpochMilli()), ":now", Attrs.n(now.toEpochMilli())))
                    .returnValues(ReturnValue.ALL_NEW).build())).attributes());
        } catch (ConditionalCheckFailedException taken) {
            return Optional.empty();
        }
    }
}
