package io.cita.adapters.dynamodb;

import io.cita.application.port.out.Subscriptions;
import io.cita.domain.billing.BillingStatus;
import io.cita.domain.billing.Subscription;
import io.cita.domain.plan.PlanCode;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Each tenant's subscription in the Tenants table (PK TENANT#t, SK SUBSCRIPTION), put only when none is stored or the
 * stored state is not newer ({@code stateAtMillis}), in one conditional write.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoSubscriptions implements Subscriptions {
    private static final String TABLE = "Tenants";
    private final DynamoStore store;

    public DynamoSubscriptions(DynamoStore store) {
        this.store = store;
    }

    @Override
    public boolean save(Subscription s) {
        Map<String, AttributeValue> item = new HashMap<>(key(s.tenantId()));
        item.put("tenantId", Attrs.s(s.tenantId()));
        item.put("subscriptionId", Attrs.s(s.subscriptionId()));
        Attrs.putIfPresent(item, "customerId", s.customerId());
        item.put("status", Attrs.s(s.status().name()));
        item.put("plan", Attrs.s(s.plan().name()));
        Attrs.putIfPresent(item, "currentPeriodEnd", Attrs.exact(s.currentPeriodEnd()));
        Attrs.putIfPresent(item, "trialEnd", Attrs.exact(s.trialEnd()));
        item.put("cancelAtPeriodEnd", Attrs.bool(s.cancelAtPeriodEnd()));
        item.put("stateAt", Attrs.s(Attrs.exact(s.stateAt())));
        item.put("stateAtMillis", Attrs.n(s.stateAt().toEpochMilli()));
        try {
            store.call(() -> store.client().putItem(PutItemRequest.builder().tableName(store.table(TABLE)).item(item)
                    .conditionExpression("attribute_not_exists(PK) OR stateAtMillis <= :at")
                    .expressionAttributeValues(Map.of(":at", Attrs.n(s.stateAt().toEpochMilli()))).build()));
            return true;
        } catch (ConditionalCheckFailedException newer) {
            return false;
        }
    }

    @Override
    public Optional<Subscription> find(String tenantId) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table(TABLE)).key(key(tenantId)).consistentRead(true).build())).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Subscription(tenantId, Attrs.str(item, "subscriptionId"), Attrs.str(item, "customerId"),
                BillingStatus.valueOf(Attrs.str(item, "status")), PlanCode.valueOf(Attrs.str(item, "plan")),
                Attrs.instant(item, "currentPeriodEnd"), Attrs.instant(item, "trialEnd"),
                Attrs.flag(item, "cancelAtPeriodEnd", false), Attrs.instant(item, "stateAt")));
    }

    private static Map<String, AttributeValue> key(String tenantId) {
        return Attrs.key(DynamoTenants.pk(tenantId), "SUBSCRIPTION");
    }
}
