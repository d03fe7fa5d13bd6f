package io.cita.adapters.dynamodb;

import io.cita.application.port.out.Subscriptions;
import io.cita.domain.billing.BillingStatus;
import io.cita.domain.billing.Subscription;
import io.cita.domain.plan.PlanCode;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * Each tenant's subscription in the Tenants table (PK TENANT#t, SK SUBSCRIPTION), put only when none is stored or the
 * stored state is not newer ({@code stateAtMillis}), in one conditional write. A PAST_DUE one also sits in the Tenants
 * table's sparse GSI1 ({@code GRACE#shard}, its grace's end) until its ended grace is applied; the sweep claims it
 * there with a lease ({@link LeaseClaims}).
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoSubscriptions implements Subscriptions {
    private static final String TABLE = "Tenants";
    private static final String GRACE = "GRACE";
    private static final int SCAN = 100;
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
        if (s.graceEndsAt() != null) {
            item.put("graceEndsAt", Attrs.s(Attrs.exact(s.graceEndsAt())));
            item.put("GSI1PK", Attrs.s(LeaseClaims.shard(GRACE, s.tenantId())));
            item.put("GSI1SK", Attrs.s(LeaseClaims.timeKey(s.graceEndsAt(), s.tenantId())));
        }
        return NewerStatePuts.put(store, TABLE, item, s.stateAt());
    }

    @Override
    public Optional<Subscription> find(String tenantId) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table(TABLE)).key(key(tenantId)).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(map(item));
    }

    @Override
    public List<Subscription> claimGraceEnded(String owner, Instant now, Duration lease, int limit) {
        return LeaseClaims.claimQueued(store, TABLE, GRACE, LeaseClaims.timeKey(now, "~"), SCAN,
                UnaryOperator.identity(), owner, now, lease, limit).stream().map(DynamoSubscriptions::map).toList();
    }

    @Override
    public void graceApplied(String tenantId, Instant stateAt) {
        LeaseClaims.dequeue(store, TABLE, key(tenantId), "stateAtMillis", Attrs.n(stateAt.toEpochMilli()));
    }

    private static Subscription map(Map<String, AttributeValue> item) {
        return new Subscription(Attrs.str(item, "tenantId"), Attrs.str(item, "subscriptionId"),
                Attrs.str(item, "customerId"), BillingStatus.valueOf(Attrs.str(item, "status")),
                PlanCode.valueOf(Attrs.str(item, "plan")), Attrs.instant(item, "currentPeriodEnd"),
                Attrs.instant(item, "trialEnd"), Attrs.flag(item, "cancelAtPeriodEnd", false),
                Attrs.instant(item, "stateAt"), Attrs.instant(item, "graceEndsAt"));
    }

    private static Map<String, AttributeValue> key(String tenantId) {
        return Attrs.key(DynamoTenants.pk(tenantId), "SUBSCRIPTION");
    }
}
