package io.cita.adapters.dynamodb;

import io.cita.application.port.out.ApiKeys;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.query.ApiKey;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
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
    public void create(ApiKey key, AuditRecord audit) {
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
        List<TransactWriteItem> items = new ArrayList<>(List.of(TransactWriteItem.builder().put(Put.builder()
                .tableName(store.table("TenantApiKeys")).item(item).conditionExpression("attribute_not_exists(PK)")
                .build()).build()));
        DynamoAuditLog.addTo(items, store, audit);
        if (Transactions.write(store, items) != null) {
            throw new IllegalStateException("API key " + key.id() + " was not stored");
        }
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
    public boolean revoke(String tenantId, String keyId, AuditRecord audit) {
        List<TransactWriteItem> items = new ArrayList<>(List.of(TransactWriteItem.builder().update(Update.builder()
                .tableName(store.table("TenantApiKeys")).key(key(tenantId, keyId))
                .updateExpression("SET #status = :revoked").conditionExpression("attribute_exists(PK)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":revoked", Attrs.s("REVOKED"))).build()).build()));
        DynamoAuditLog.addTo(items, store, audit);
        return Transactions.writeIfFirstConditionHolds(store, items);
    }

    @Override
    public void touch(String tenantId, String keyId, Instant at) {
        try {
            store.call(() -> store.client().updateItem(UpdateItemRequest.builder()
                    .tableName(store.table("TenantApiKeys")).key(key(tenantId, keyId))
                    .updateExpression("SET lastUsedAt = :at").conditionExpression("attribute_exists(PK)")
                    .expressionAttributeValues(Map.of(":at", Attrs.s(Attrs.exact(at)))).build()));
        } catch (ConditionalCheckFailedException missing) {
            // no such key: nothing to touch
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
