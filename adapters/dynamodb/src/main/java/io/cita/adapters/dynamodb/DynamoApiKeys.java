package io.cita.adapters.dynamodb;

import io.cita.application.port.out.ApiKey;
import io.cita.application.port.out.ApiKeys;
import io.cita.application.port.out.Page;
import io.cita.application.port.out.PageRequest;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * API keys in seed 000's TenantApiKeys (PK TENANT#id, SK APIKEY#id; GSI1 APIKEY#prefix / id for the lookup). The
 * seed's plain publicKey is not kept: only the prefix and the hash of the whole key.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoApiKeys implements ApiKeys {
    private final DynamoStore store;

    public DynamoApiKeys(DynamoStore store) {
        this.store = store;
    }

    @Override
    public void create(ApiKey key) {
        Map<String, AttributeValue> item = new HashMap<>(key(key.tenantId(), key.id()));
        item.put("tenantId", Attrs.s(key.tenantId()));
        item.put("apiKeyId", Attrs.s(key.id()));
        item.put("kind", Attrs.s(key.kind().name()));
        Attrs.putIfPresent(item, "name", key.name());
        item.put("publicKeyPrefix", Attrs.s(key.prefix()));
        item.put("apiKeyHash", Attrs.s(key.hash()));
        item.put("status", Attrs.s("ACTIVE"));
        item.put("allowedOrigins", Attrs.strings(key.allowedOrigins()));
        item.put("createdAt", Attrs.s(Attrs.exact(key.createdAt())));
        item.put("GSI1PK", Attrs.s("APIKEY#" + key.prefix()));
        item.put("GSI1SK", Attrs.s(key.id()));
        store.call(() -> store.client().putItem(PutItemRequest.builder().tableName(store.table("TenantApiKeys"))
                .item(item).conditionExpression("attribute_not_exists(PK)").build()));
    }

    @Override
    public List<ApiKey> findByPrefix(String prefix) {
        return store.call(() -> store.client().query(QueryRequest.builder().tableName(store.table("TenantApiKeys"))
                .indexName("GSI1").keyConditionExpression("GSI1PK = :p")
                .expressionAttributeValues(Map.of(":p", Attrs.s("APIKEY#" + prefix))).build())).items().stream()
                .map(DynamoApiKeys::map).toList();
    }

    @Override
    public Optional<ApiKey> find(String tenantId, String keyId) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("TenantApiKeys")).key(key(tenantId, keyId)).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(map(item));
    }

    @Override
    public Page<ApiKey> list(String tenantId, PageRequest page) {
        return DynamoPages.query(store, QueryRequest.builder().tableName(store.table("TenantApiKeys"))
                .keyConditionExpression("PK = :pk AND begins_with(SK, :key)")
                .expressionAttributeValues(Map.of(":pk", Attrs.s(DynamoTenants.pk(tenantId)), ":key", Attrs.s("APIKEY#")))
                .build(), page, List.of("PK", "SK"), DynamoApiKeys::map);
    }

    @Override
    public boolean revoke(String tenantId, String keyId) {
        return update(tenantId, keyId, "SET #status = :revoked", Map.of(":revoked", Attrs.s("REVOKED")));
    }

    @Override
    public void touch(String tenantId, String keyId, Instant at) {
        update(tenantId, keyId, "SET lastUsedAt = :at", Map.of(":at", Attrs.s(Attrs.exact(at))));
    }

    private boolean update(String tenantId, String keyId, String expression, Map<String, AttributeValue> values) {
        UpdateItemRequest.Builder request = UpdateItemRequest.builder().tableName(store.table("TenantApiKeys"))
                .key(key(tenantId, keyId)).updateExpression(expression).conditionExpression("attribute_exists(PK)")
                .expressionAttributeValues(values);
        if (expression.contains("#status")) {
            request.expressionAttributeNames(Map.of("#status", "status"));
        }
        try {
            store.call(() -> store.client().updateItem(request.build()));
            return true;
        } catch (ConditionalCheckFailedException missing) {
            return false;
        }
    }

    private static Map<String, AttributeValue> key(String tenantId, String keyId) {
        return Attrs.key(DynamoTenants.pk(tenantId), "APIKEY#" + keyId);
    }

    private static ApiKey map(Map<String, AttributeValue> item) {
        String kind = Attrs.str(item, "kind");
        return new ApiKey(Attrs.str(item, "apiKeyId"), Attrs.str(item, "tenantId"),
                kind == null ? ApiKey.Kind.PUBLISHABLE : ApiKey.Kind.valueOf(kind), Attrs.str(item, "name"),
                Attrs.str(item, "publicKeyPrefix"), Attrs.str(item, "apiKeyHash"), Attrs.list(item, "allowedOrigins"),
                "ACTIVE".equals(Attrs.str(item, "status")), Attrs.instant(item, "createdAt"),
                Attrs.instant(item, "lastUsedAt"));
    }
}
