package io.cita.adapters.dynamodb;

import io.cita.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The queue of free trials to end: a tenant's item with a trial end also sits in the Tenants table's sparse GSI1
 * ({@code TRIAL#shard}, its trial's end) until that trial is applied; the sweep claims it there with a lease
 * ({@link LeaseClaims}), and a new trial end puts it back.
 */
final class TrialQueue {
    private static final String TABLE = "Tenants";
    private static final String QUEUE = "TRIAL";
    private static final int SCAN = 100;

    private TrialQueue() {
    }

    /** The GSI1 keys that queue {@code tenant}'s trial end. */
    static Map<String, AttributeValue> keys(Tenant tenant) {
        return Map.of("GSI1PK", Attrs.s(LeaseClaims.shard(QUEUE, tenant.id())),
                "GSI1SK", Attrs.s(LeaseClaims.timeKey(tenant.trialEndsAt(), tenant.id())));
    }

    /** {@code item} of {@code tenant}, queued when the tenant has a trial end. */
    static Map<String, AttributeValue> queued(Tenant tenant, Map<String, AttributeValue> item) {
        if (tenant.trialEndsAt() != null) {
            item.putAll(keys(tenant));
        }
        return item;
    }

    static List<Map<String, AttributeValue>> claim(DynamoStore store, String owner, Instant now, Duration lease,
                                                   int limit) {
        return LeaseClaims.claimQueued(store, TABLE, QUEUE, LeaseClaims.timeKey(now, "~"), SCAN,
                UnaryOperator.identity(), owner, now, lease, limit);
    }

    /** Takes the item out of the queue, if its trial still ends at {@code trialEndsAt} (a new end stays queued). */
    static void applied(DynamoStore store, Map<String, AttributeValue> key, Instant trialEndsAt) {
        LeaseClaims.dequeue(store, TABLE, key, "trialEndsAt", Attrs.s(Attrs.exact(trialEndsAt)));
    }
}
