package io.cita.adapters.dynamodb;

import io.cita.domain.conversation.BusinessNames;
import io.cita.domain.tenant.Tenant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The Tenants items that find a tenant without a scan, written in the same transaction as the tenant: a claim per
 * WhatsApp number of a business's own (PK {@code WANUMBER#<id>}, SK {@code META#WANUMBER}; at most one tenant holds
 * it) and an item per name key (PK {@code NAMEKEY#<key>}, SK {@code TENANT#<id>}) for "which business?".
 */
final class TenantLookupItems {
    private static final String NUMBER_SK = "META#WANUMBER";

    private TenantLookupItems() {
    }

    /** The writes that move a tenant's lookups from {@code before} (null: a new tenant) to {@code after}. */
    record Writes(List<TransactWriteItem> items, int numberClaimAt) {
    }

    static Writes changes(DynamoStore store, Tenant before, Tenant after) {
        List<TransactWriteItem> items = new ArrayList<>();
        Set<String> oldKeys = before == null ? Set.of() : BusinessNames.keys(before.name(), before.slug().value());
        Set<String> newKeys = BusinessNames.keys(after.name(), after.slug().value());
        String tenantSk = DynamoTenants.pk(after.id());
        for (String key : newKeys) {
            if (!oldKeys.contains(key)) {
                Map<String, AttributeValue> item = new HashMap<>(Attrs.key("NAMEKEY#" + key, tenantSk));
                item.put("tenantId", Attrs.s(after.id()));
                items.add(TransactWriteItem.builder().put(Put.builder().tableName(store.table("Tenants")).item(item)
                        .build()).build());
            }
        }
        for (String key : oldKeys) {
            if (!newKeys.contains(key)) {
                items.add(delete(store, Attrs.key("NAMEKEY#" + key, tenantSk), null));
            }
        }
        Optional<String> oldNumber = before == null ? Optional.empty() : before.whatsAppNumberId();
        Optional<String> newNumber = after.whatsAppNumberId();
        int claimAt = -1;
        if (!oldNumber.equals(newNumber)) {
            if (newNumber.isPresent()) {
                claimAt = items.size();
                Map<String, AttributeValue> claim = new HashMap<>(Attrs.key("WANUMBER#" + newNumber.get(), NUMBER_SK));
                claim.put("tenantId", Attrs.s(after.id()));
                items.add(TransactWriteItem.builder().put(Put.builder().tableName(store.table("Tenants")).item(claim)
                        .conditionExpression("attribute_not_exists(PK) OR tenantId = :me")
                        .expressionAttributeValues(Map.of(":me", Attrs.s(after.id()))).build()).build());
            }
            oldNumber.ifPresent(number -> items.add(delete(store, Attrs.key("WANUMBER#" + number, NUMBER_SK),
                    after.id())));
        }
        return new Writes(items, claimAt);
    }

    /** The id of the tenant that holds {@code phoneNumberId}, if one does. */
    static Optional<String> numberHolder(DynamoStore store, String phoneNumberId) {
        Map<String, AttributeValue> claim = store.call(() -> store.client().getItem(request -> request
                .tableName(store.table("Tenants")).key(Attrs.key("WANUMBER#" + phoneNumberId, NUMBER_SK))
                .consistentRead(true))).item();
        return claim == null || claim.isEmpty() ? Optional.empty() : Optional.ofNullable(Attrs.str(claim, "tenantId"));
    }

    /**
     * Up to {@code limit} ids of tenants with one of {@code keys}, best first: one Query of up to {@code limit} items
     * per key, each key's tenants scoring one over how many it found, so a rare key outweighs a common one (which
     * may have more tenants than it could fetch) and a tenant sharing several keys adds them up.
     */
    static List<String> withNameKeys(DynamoStore store, Set<String> keys, int limit) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String key : keys) {
            List<String> found = store.call(() -> store.client().query(QueryRequest.builder()
                    .tableName(store.table("Tenants")).keyConditionExpression("PK = :pk")
                    .expressionAttributeValues(Map.of(":pk", Attrs.s("NAMEKEY#" + key))).limit(limit).build()))
                    .items().stream().map(item -> Attrs.str(item, "tenantId")).toList();
            found.forEach(id -> scores.merge(id, 1.0 / found.size(), Double::sum));
        }
        return scores.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private static TransactWriteItem delete(DynamoStore store, Map<String, AttributeValue> key, String holder) {
        Delete.Builder delete = Delete.builder().tableName(store.table("Tenants")).key(key);
        if (holder != null) {
            delete.conditionExpression("attribute_not_exists(PK) OR tenantId = :me")
                    .expressionAttributeValues(Map.of(":me", Attrs.s(holder)));
        }
        return TransactWriteItem.builder().delete(delete.build()).build();
    }
}
