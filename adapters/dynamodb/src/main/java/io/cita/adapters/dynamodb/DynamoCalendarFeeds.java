package io.cita.adapters.dynamodb;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.CalendarFeeds;
import io.cita.domain.resource.CalendarFeed;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Calendar feeds in the Tenants table: the feed under PK {@code FEED#id} (found from its URL without knowing the
 * tenant) and the resource's pointer to it under the tenant's partition ({@code CALFEED#resource}); both change in
 * one transaction, guarded by the pointer so that two replacements at once cannot leave two feeds.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoCalendarFeeds implements CalendarFeeds {
    private static final String TABLE = "Tenants";
    private static final int TRIES = 3;
    private final DynamoStore store;

    public DynamoCalendarFeeds(DynamoStore store) {
        this.store = store;
    }

    @Override
    public void replace(CalendarFeed feed, AuditRecord audit) {
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            Optional<String> current = pointer(feed.tenantId(), feed.resourceId());
            Map<String, AttributeValue> pointer = new HashMap<>(pointerKey(feed.tenantId(), feed.resourceId()));
            pointer.put("feedId", Attrs.s(feed.id()));
            List<TransactWriteItem> items = new ArrayList<>();
            items.add(TransactWriteItem.builder().put(guarded(Put.builder().tableName(store.table(TABLE))
                    .item(pointer), current)).build());
            current.ifPresent(old -> items.add(TransactWriteItem.builder().delete(Delete.builder()
                    .tableName(store.table(TABLE)).key(feedKey(old)).build()).build()));
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(store.table(TABLE)).item(item(feed))
                    .build()).build());
            DynamoAuditLog.addTo(items, store, audit);
            if (Transactions.writeIfFirstConditionHolds(store, items)) {
                return;
            }
        }
        throw new IllegalStateException("the resource's calendar feed kept changing while it was replaced");
    }

    @Override
    public boolean revoke(String tenantId, String resourceId, AuditRecord audit) {
        Optional<String> current = pointer(tenantId, resourceId);
        if (current.isEmpty()) {
            return false;
        }
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(store.table(TABLE))
                .key(pointerKey(tenantId, resourceId)).conditionExpression("feedId = :feed")
                .expressionAttributeValues(Map.of(":feed", Attrs.s(current.get()))).build()).build());
        items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(store.table(TABLE))
                .key(feedKey(current.get())).build()).build());
        DynamoAuditLog.addTo(items, store, audit);
        return Transactions.writeIfFirstConditionHolds(store, items);
    }

    @Override
    public Optional<CalendarFeed> find(String feedId) {
        Map<String, AttributeValue> item = get(feedKey(feedId));
        return item == null ? Optional.empty() : Optional.of(new CalendarFeed(feedId, Attrs.str(item, "tenantId"),
                Attrs.str(item, "resourceId"), Attrs.str(item, "secretHash"), Attrs.instant(item, "createdAt")));
    }

    private Optional<String> pointer(String tenantId, String resourceId) {
        return Optional.ofNullable(get(pointerKey(tenantId, resourceId))).map(item -> Attrs.str(item, "feedId"));
    }

    private Map<String, AttributeValue> get(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table(TABLE)).key(key).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? null : item;
    }

    /** The pointer's put, only if it still names {@code current} (or, with none, does not exist). */
    private static Put guarded(Put.Builder put, Optional<String> current) {
        return current.map(feed -> put.conditionExpression("feedId = :feed")
                        .expressionAttributeValues(Map.of(":feed", Attrs.s(feed))).build())
                .orElseGet(() -> put.conditionExpression("attribute_not_exists(PK)").build());
    }

    private static Map<String, AttributeValue> item(CalendarFeed feed) {
        Map<String, AttributeValue> item = new HashMap<>(feedKey(feed.id()));
        item.put("tenantId", Attrs.s(feed.tenantId()));
        item.put("resourceId", Attrs.s(feed.resourceId()));
        item.put("secretHash", Attrs.s(feed.secretHash()));
        item.put("createdAt", Attrs.s(Attrs.exact(feed.createdAt())));
        return item;
    }

    private static Map<String, AttributeValue> feedKey(String feedId) {
        return Attrs.key("FEED#" + feedId, "FEED");
    }

    private static Map<String, AttributeValue> pointerKey(String tenantId, String resourceId) {
        return Attrs.key(DynamoTenants.pk(tenantId), "CALFEED#" + resourceId);
    }
}
