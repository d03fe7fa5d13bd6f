package io.cita.adapters.dynamodb;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Puts of an item that a provider reports states of, out of order: the item carries the time of its state
 * ({@code stateAtMillis}), and a put replaces it only when none is stored or the stored state is not newer, decided by
 * DynamoDB in the write.
 */
final class NewerStatePuts {
    private NewerStatePuts() {
    }

    /** Puts {@code item} stamped with {@code stateAt} unless a newer state is stored; whether it was put. */
    static boolean put(DynamoStore store, String table, Map<String, AttributeValue> item, Instant stateAt) {
        item.put("stateAt", Attrs.s(Attrs.exact(stateAt)));
        item.put("stateAtMillis", Attrs.n(stateAt.toEpochMilli()));
        try {
            store.call(() -> store.client().putItem(PutItemRequest.builder().tableName(store.table(table)).item(item)
                    .conditionExpression("attribute_not_exists(PK) OR stateAtMillis <= :at")
                    .expressionAttributeValues(Map.of(":at", Attrs.n(stateAt.toEpochMilli()))).build()));
            return true;
        } catch (ConditionalCheckFailedException newer) {
            return false;
        }
    }
}
