package io.cita.adapters.dynamodb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * Whether every booking of a tenant has its slot locks. Tenants Cita creates get a marker item (PK TENANT#t,
 * SK META#SLOTLOCKS) in their sign-up transaction; a tenant without it may have bookings seed 000's system wrote
 * straight into the Bookings table, which only the provider's Bookings items show. The answer never changes for a
 * tenant (a tenant is never unmarked, and an unmarked one only loses the shortcut), so it is read once per
 * tenant and kept.
 */
final class SlotLockCoverage {
    static final String SK = "META#SLOTLOCKS";
    private final DynamoStore store;
    private final Map<String, Boolean> complete = new ConcurrentHashMap<>();

    SlotLockCoverage(DynamoStore store) {
        this.store = store;
    }

    /** The marker a new tenant's sign-up transaction writes. */
    static Map<String, AttributeValue> marker(String tenantId) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key(DynamoTenants.pk(tenantId), SK));
        item.put("tenantId", Attrs.s(tenantId));
        return item;
    }

    /** True when every booking of the tenant is in the slot locks, so seed bookings need not be looked for. */
    boolean complete(String tenantId) {
        Boolean known = complete.get(tenantId);
        if (known != null) {
            return known;
        }
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("Tenants")).key(Attrs.key(DynamoTenants.pk(tenantId), SK))
                .consistentRead(true).build())).item();
        boolean marked = item != null && !item.isEmpty();
        complete.put(tenantId, marked);
        return marked;
    }
}
