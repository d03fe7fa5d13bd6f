package io.cita.adapters.dynamodb;

import io.cita.domain.plan.Limit;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Seed 000's TenantUsage item of a tenant's month (PK TENANT#t, SK USAGE#yyyy-MM): the bookings it counts in each
 * booking's transaction under the plan's limit, and the messages {@link DynamoUsageCounters} counts.
 */
final class TenantUsageItems {
    private TenantUsageItems() {
    }

    /** +1 booking in the month, refused (condition failure) when the plan's {@code limit} is reached. */
    static TransactWriteItem count(DynamoStore store, String tenantId, YearMonth period, Limit limit, Instant now) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":one", Attrs.n(1));
        values.put(":t", Attrs.s(tenantId));
        values.put(":p", Attrs.s(period.toString()));
        values.put(":now", Attrs.s(Attrs.exact(now)));
        Update.Builder update = Update.builder().tableName(store.table("TenantUsage")).key(key(tenantId, period))
                .updateExpression("ADD bookings :one SET tenantId = :t, #period = :p, updatedAt = :now")
                .expressionAttributeNames(Map.of("#period", "period"));
        if (!limit.isUnlimited()) {
            values.put(":limit", Attrs.n(limit.bound()));
            update.conditionExpression("attribute_not_exists(bookings) OR bookings < :limit");
        }
        return TransactWriteItem.builder().update(update.expressionAttributeValues(values).build()).build();
    }

    static long bookingsIn(DynamoStore store, String tenantId, YearMonth period) {
        return Attrs.num(read(store, tenantId, period), "bookings", 0);
    }

    /** The month's usage item, read consistently; empty when nothing was counted yet. */
    static Map<String, AttributeValue> read(DynamoStore store, String tenantId, YearMonth period) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("TenantUsage")).key(key(tenantId, period)).consistentRead(true).build()))
                .item();
        return item == null ? Map.of() : item;
    }

    static Map<String, AttributeValue> key(String tenantId, YearMonth period) {
        return Attrs.key(DynamoTenants.pk(tenantId), "USAGE#" + period);
    }
}
