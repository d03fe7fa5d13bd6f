package io.cita.adapters.dynamodb;

import io.cita.application.port.out.AuditRecord;
import io.cita.domain.plan.Limit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Creates and updates items whose active ones a plan limits (services, resources): the item, its tenant's counter
 * and the tenant's catalog version change in one transaction; an update re-reads and retries when the item changed
 * underneath.
 */
final class CountedWrites {
    private static final int ATTEMPTS = 10;

    private CountedWrites() {
    }

    /** Stores a new item with its audit entry (null: none); false, writing neither, when the limit is reached. */
    static boolean create(DynamoStore store, String table, Map<String, AttributeValue> item, String tenantId,
                          String kind, boolean active, Limit limit, AuditRecord audit) {
        if (active && !limit.allowsOneMore(0)) {
            return false;
        }
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(store.table(table)).item(item)
                .conditionExpression("attribute_not_exists(PK)").build()).build());
        int counterAt = -1;
        if (active) {
            counterAt = items.size();
            items.add(ActiveCounters.increment(store, tenantId, kind, limit));
        }
        items.add(CatalogVersions.raise(store, tenantId));
        DynamoAuditLog.addTo(items, store, audit);
        List<CancellationReason> reasons = Transactions.write(store, items);
        if (reasons == null) {
            return true;
        }
        if (Transactions.conditionFailed(reasons, counterAt)) {
            return false;
        }
        throw new IllegalStateException("creating in " + table + " failed: " + reasons);
    }

    /**
     * Replaces an existing item with its audit entry (null: none); false, writing neither, when it becomes active and
     * the limit is reached. Nothing is written for an item that does not exist.
     */
    static boolean update(DynamoStore store, String table, Map<String, AttributeValue> key,
                          Function<Map<String, AttributeValue>, Map<String, AttributeValue>> newItem, String tenantId,
                          String kind, boolean active, Limit limit, AuditRecord audit) {
        return Transactions.untilDecided("updating " + table, ATTEMPTS, () -> {
            Map<String, AttributeValue> current = store.call(() -> store.client().getItem(GetItemRequest.builder()
                    .tableName(store.table(table)).key(key).consistentRead(true).build())).item();
            if (current == null || current.isEmpty()) {
                return Optional.of(true);
            }
            boolean wasActive = Attrs.flag(current, "active", true);
            if (active && !wasActive && !limit.allowsOneMore(0)) {
                return Optional.of(false);
            }
            Map<String, AttributeValue> values = new HashMap<>();
            String condition = "attribute_exists(PK) AND ";
            if (current.containsKey("active")) {
                condition += "active = :was";
                values.put(":was", Attrs.bool(wasActive));
            } else {
                condition += "attribute_not_exists(active)";
            }
            Put.Builder put = Put.builder().tableName(store.table(table)).item(newItem.apply(current))
                    .conditionExpression(condition);
            if (!values.isEmpty()) {
                put.expressionAttributeValues(values);
            }
            List<TransactWriteItem> items = new ArrayList<>();
            items.add(TransactWriteItem.builder().put(put.build()).build());
            int counterAt = -1;
            if (active && !wasActive) {
                counterAt = items.size();
                items.add(ActiveCounters.increment(store, tenantId, kind, limit));
            } else if (!active && wasActive) {
                items.add(ActiveCounters.decrement(store, tenantId, kind));
            }
            items.add(CatalogVersions.raise(store, tenantId));
            DynamoAuditLog.addTo(items, store, audit);
            List<CancellationReason> reasons = Transactions.write(store, items);
            if (reasons == null) {
                return Optional.of(true);
            }
            return Transactions.conditionFailed(reasons, counterAt) ? Optional.of(false) : Optional.empty();
        });
    }
}
