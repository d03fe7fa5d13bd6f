package io.cita.adapters.dynamodb;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.UsageCounters;
import io.cita.domain.plan.Limit;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Monthly message counts in seed 000's TenantUsage items ("messages"), the credits granted beyond the plan's
 * ("messagesGranted", with their audit entry in one transaction), and the voice calls.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoUsageCounters implements UsageCounters {
    private final DynamoStore store;

    public DynamoUsageCounters(DynamoStore store) {
        this.store = store;
    }


    @Override
    public long addMessages(String tenantId, YearMonth period, int count) {
        Map<String, AttributeValue> updated = store.call(() -> store.client().updateItem(UpdateItemRequest.builder()
                .tableName(store.table("TenantUsage")).key(TenantUsageItems.key(tenantId, period))
                .updateExpression("ADD messages :n SET tenantId = :t, #period = :p")
                .expressionAttributeNames(Map.of("#period", "period"))
                .expressionAttributeValues(Map.of(":n", Attrs.n(count), ":t", Attrs.s(tenantId), ":p",
                        Attrs.s(period.toString()))).returnValues(ReturnValue.UPDATED_NEW).build())).attributes();
        return Attrs.num(updated, "messages", 0);
    }

    @Override
    public boolean spendMessages(String tenantId, YearMonth period, int count, Limit credits) {
        if (!credits.allows(0, count)) {
            return false;
        }
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":n", Attrs.n(count), ":t", Attrs.s(tenantId),
                ":p", Attrs.s(period.toString())));
        UpdateItemRequest.Builder update = UpdateItemRequest.builder().tableName(store.table("TenantUsage"))
                .key(TenantUsageItems.key(tenantId, period)).updateExpression("ADD messages :n SET tenantId = :t, #period = :p")
                .expressionAttributeNames(Map.of("#period", "period"));
        if (!credits.isUnlimited()) {
            values.put(":room", Attrs.n(credits.bound() - count));
            update.conditionExpression("attribute_not_exists(messages) OR messages <= :room");
        }
        try {
            store.call(() -> store.client().updateItem(update.expressionAttributeValues(values).build()));
            return true;
        } catch (ConditionalCheckFailedException spent) {
            return false;
        }
    }

    @Override
    public void grantMessages(String tenantId, YearMonth period, int count, AuditRecord audit) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().update(Update.builder().tableName(store.table("TenantUsage"))
                .key(TenantUsageItems.key(tenantId, period))
                .updateExpression("ADD messagesGranted :n SET tenantId = :t, #period = :p")
                .expressionAttributeNames(Map.of("#period", "period"))
                .expressionAttributeValues(Map.of(":n", Attrs.n(count), ":t", Attrs.s(tenantId), ":p",
                        Attrs.s(period.toString()))).build()).build());
        DynamoAuditLog.addTo(items, store, audit);
        Transactions.write(store, items);
    }

    @Override
    public long messagesGranted(String tenantId, YearMonth period) {
        return Attrs.num(TenantUsageItems.read(store, tenantId, period), "messagesGranted", 0);
    }

    @Override
    public long messagesIn(String tenantId, YearMonth period) {
        return Attrs.num(TenantUsageItems.read(store, tenantId, period), "messages", 0);
    }

    @Override
    public VoiceUsage voiceIn(String tenantId, YearMonth period) {
        Map<String, AttributeValue> item = TenantUsageItems.read(store, tenantId, period);
        return new VoiceUsage(Attrs.num(item, "voiceCalls", 0), Attrs.num(item, "voiceSeconds", 0));
    }
}
