package io.cita.adapters.dynamodb;

import io.cita.domain.plan.Limit;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Counters of a tenant's active services and resources (Tenants table, PK TENANT#id, SK COUNTER#kind), changed in
 * the same transaction as the item they count, so a plan limit holds under concurrency.
 */
final class ActiveCounters {
    private ActiveCounters() {
    }

    /** +1, refused (condition failure) when one more does not fit {@code limit}: the count must stay below its bound. */
    static TransactWriteItem increment(DynamoStore store, String tenantId, String kind, Limit limit) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":one", Attrs.n(1));
        Update.Builder update = Update.builder().tableName(store.table("Tenants"))
                .key(Attrs.key(DynamoTenants.pk(tenantId), "COUNTER#" + kind))
                .updateExpression("ADD active :one");
        if (!limit.isUnlimited()) {
            values.put(":limit", Attrs.n(limit.bound()));
            update.conditionExpression("attribute_not_exists(active) OR active < :limit");
        }
        return TransactWriteItem.builder().update(update.expressionAttributeValues(values).build()).build();
    }

    static TransactWriteItem decrement(DynamoStore store, String tenantId, String kind) {
        return TransactWriteItem.builder().update(Update.builder().tableName(store.table("Tenants"))
                .key(Attrs.key(DynamoTenants.pk(tenantId), "COUNTER#" + kind))
                .updateExpression("ADD active :minus").expressionAttributeValues(Map.of(":minus", Attrs.n(-1)))
                .build()).build();
    }
}
