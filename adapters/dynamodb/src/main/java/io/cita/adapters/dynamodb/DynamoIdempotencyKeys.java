package io.cita.adapters.dynamodb;

import io.cita.application.port.out.IdempotencyKeys;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** Idempotency keys (PK TENANT#id, SK IDEM#key) claimed by a conditional put that only takes over expired keys. */
@Singleton
@Requires(env = "dynamodb")
public class DynamoIdempotencyKeys implements IdempotencyKeys {
    private final DynamoStore store;

    public DynamoIdempotencyKeys(DynamoStore store) {
        this.store = store;
    }

    @Override
    public StoredResponse claim(String tenantId, String key, String fingerprint, Instant now, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(key(tenantId, key));
        item.put("fingerprint", Attrs.s(fingerprint));
        item.put("status", Attrs.n(0));
        item.put("expiresAtMillis", Attrs.n(expiresAt.toEpochMilli()));
        item.put("ttl", Attrs.n(expiresAt.getEpochSecond()));
        try {
            store.call(() -> store.client().putItem(PutItemRequest.builder().tableName(store.table("IdempotencyKeys"))
                    .item(item).conditionExpression("attribute_not_exists(PK) OR expiresAtMillis <= :now")
                    .expressionAttributeValues(Map.of(":now", Attrs.n(now.toEpochMilli()))).build()));
            return null;
        } catch (ConditionalCheckFailedException taken) {
            Map<String, AttributeValue> stored = store.call(() -> store.client().getItem(GetItemRequest.builder()
                    .tableName(store.table("IdempotencyKeys")).key(key(tenantId, key)).consistentRead(true).build()))
                    .item();
            return new StoredResponse(Attrs.str(stored, "fingerprint"), (int) Attrs.num(stored, "status", 0),
                    Attrs.str(stored, "body"));
        }
    }

    @Override
    public void complete(String tenantId, String key, int status, String body) {
        store.call(() -> store.client().updateItem(UpdateItemRequest.builder().tableName(store.table("IdempotencyKeys"))
                .key(key(tenantId, key)).updateExpression("SET #status = :status, body = :body")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":status", Attrs.n(status), ":body", Attrs.s(body))).build()));
    }

    @Override
    public void release(String tenantId, String key) {
        store.call(() -> store.client().deleteItem(DeleteItemRequest.builder().tableName(store.table("IdempotencyKeys"))
                .key(key(tenantId, key)).build()));
    }

    private static Map<String, AttributeValue> key(String tenantId, String key) {
        return Attrs.key(DynamoTenants.pk(tenantId), "IDEM#" + key);
    }
}
