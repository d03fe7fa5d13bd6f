package io.cita.adapters.dynamodb;

import io.cita.application.port.out.InboundEvents;
import io.cita.application.port.query.StoredEvent;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Inbound webhook events in a WebhookEvents table (PK EVENT#id, SK META#EVENT), kept a week by TTL; unprocessed
 * ones sit in the sparse GSI1 (UNPROCESSED#source, received time) until processed, and a retry claims them with a
 * lease ({@link LeaseClaims}).
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoInboundEvents implements InboundEvents {
    private static final Duration KEPT = Duration.ofDays(7);
    private final DynamoStore store;

    public DynamoInboundEvents(DynamoStore store) {
        this.store = store;
    }

    @Override
    public boolean record(String eventId, String source, String payload, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key("EVENT#" + eventId, "META#EVENT"));
        item.put("eventId", Attrs.s(eventId));
        item.put("source", Attrs.s(source));
        item.put("payload", Attrs.s(payload));
        item.put("receivedAt", Attrs.s(Attrs.exact(at)));
        item.put("ttl", Attrs.n(at.plus(KEPT).getEpochSecond()));
        item.put("GSI1PK", Attrs.s("UNPROCESSED#" + source));
        item.put("GSI1SK", Attrs.s(Attrs.exact(at) + "#" + eventId));
        try {
            store.call(() -> store.client().putItem(PutItemRequest.builder().tableName(store.table("WebhookEvents"))
                    .item(item).conditionExpression("attribute_not_exists(PK)").build()));
            return true;
        } catch (ConditionalCheckFailedException redelivered) {
            return false;
        }
    }

    @Override
    public void markProcessed(String eventId, Instant at) {
        store.call(() -> store.client().updateItem(UpdateItemRequest.builder().tableName(store.table("WebhookEvents"))
                .key(Attrs.key("EVENT#" + eventId, "META#EVENT"))
                .updateExpression("SET processedAt = :at REMOVE GSI1PK, GSI1SK, payload")
                .expressionAttributeValues(Map.of(":at", Attrs.s(Attrs.exact(at)))).build()));
    }

    @Override
    public List<StoredEvent> claimUnprocessed(String source, Instant receivedBy, String owner, Instant now,
                                              Duration lease, int limit) {
        List<StoredEvent> claimed = new ArrayList<>();
        for (Map<String, AttributeValue> item : store.call(() -> store.client().query(QueryRequest.builder()
                .tableName(store.table("WebhookEvents")).indexName("GSI1")
                .keyConditionExpression("GSI1PK = :p AND GSI1SK <= :by")
                .expressionAttributeValues(Map.of(":p", Attrs.s("UNPROCESSED#" + source),
                        ":by", Attrs.s(Attrs.exact(receivedBy) + "#~"))).limit(limit * 2).build())).items()) {
            if (claimed.size() < limit && LeaseClaims.free(item, now)) {
                LeaseClaims.claim(store, "WebhookEvents", item, owner, now, lease).ifPresent(mine -> claimed.add(
                        new StoredEvent(Attrs.str(mine, "eventId"), Attrs.str(mine, "source"),
                                Attrs.str(mine, "payload"), Attrs.instant(mine, "receivedAt"))));
            }
        }
        return claimed;
    }
}
