package io.cita.adapters.dynamodb;

import io.cita.application.port.out.Deliveries;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.DeliveryStatus;
import io.cita.domain.delivery.EventType;
import io.cita.domain.delivery.ReminderOf;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Deliveries in a Deliveries table (PK TENANT#t, SK DELIVERY#id). A pending one also carries GSI1 keys
 * ({@code DUE#shard}, its next attempt as zero-padded epoch milliseconds and its id), so the due ones are found oldest
 * first and claimed through {@link LeaseClaims}; saving any state but SENDING releases the claim.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoDeliveries implements Deliveries {
    private static final String QUEUE = "DUE";
    private static final String TABLE = "Deliveries";
    private final DynamoStore store;

    public DynamoDeliveries(DynamoStore store) {
        this.store = store;
    }

    @Override
    public void enqueue(List<Delivery> deliveries) {
        for (Delivery delivery : deliveries) {
            Map<String, AttributeValue> item = new HashMap<>(key(delivery.tenantId(), delivery.id()));
            item.putAll(attributes(delivery));
            item.put("tenantId", Attrs.s(delivery.tenantId()));
            item.put("eventId", Attrs.s(delivery.eventId()));
            item.put("channel", Attrs.s(delivery.channel().name()));
            item.put("recipient", Attrs.s(delivery.recipient()));
            item.put("type", Attrs.s(delivery.type().wireName()));
            item.put("payload", Attrs.s(delivery.payload()));
            item.put("createdAt", Attrs.s(Attrs.exact(delivery.createdAt())));
            if (delivery.reminderOf() != null) {
                item.put("bookingId", Attrs.s(delivery.reminderOf().bookingId()));
                item.put("bookingVersion", Attrs.n(delivery.reminderOf().bookingVersion()));
            }
            item.values().removeIf(value -> value == null);
            try {
                store.call(() -> store.client().putItem(PutItemRequest.builder().tableName(store.table(TABLE))
                        .item(item).conditionExpression("attribute_not_exists(PK)").build()));
            } catch (ConditionalCheckFailedException stored) {
                // an event dispatched twice: its delivery is already queued, and stays as it is
            }
        }
    }

    @Override
    public List<Delivery> claimDue(String owner, Instant now, Duration lease, int limit) {
        return LeaseClaims.claimQueued(store, TABLE, QUEUE, LeaseClaims.timeKey(now, "~"), limit, due -> due, owner,
                now, lease, limit).stream().map(DynamoDeliveries::map)
                .sorted(Comparator.comparing(Delivery::nextAttemptAt))
                .toList();
    }

    @Override
    public void save(Delivery delivery) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        attributes(delivery).forEach((name, value) -> {
            String alias = "#a" + names.size();
            names.put(alias, name);
            if (value == null) {
                removes.add(alias);
            } else {
                sets.add(alias + " = :" + name);
                values.put(":" + name, value);
            }
        });
        String update = "SET " + String.join(", ", sets)
                + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes));
        store.call(() -> store.client().updateItem(UpdateItemRequest.builder().tableName(store.table(TABLE))
                .key(key(delivery.tenantId(), delivery.id())).updateExpression(update).expressionAttributeNames(names)
                .expressionAttributeValues(values).build()));
    }

    /** One UpdateItem each: a batch write could not remove attributes or keep the claim the way an update does. */
    @Override
    public void saveAll(List<Delivery> deliveries) {
        deliveries.forEach(this::save);
    }

    @Override
    public Optional<Delivery> find(String tenantId, String deliveryId) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(request -> request
                .tableName(store.table(TABLE)).key(key(tenantId, deliveryId)).consistentRead(true))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(map(item));
    }

    @Override
    public Page<Delivery> list(String tenantId, DeliveryStatus status, DeliveryChannel channel, PageRequest page) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", Attrs.s(DynamoTenants.pk(tenantId)),
                ":prefix", Attrs.s("DELIVERY#")));
        List<String> filters = new ArrayList<>();
        if (status != null) {
            filters.add("#st = :status");
            values.put(":status", Attrs.s(status.name()));
        }
        if (channel != null) {
            filters.add("channel = :channel");
            values.put(":channel", Attrs.s(channel.name()));
        }
        QueryRequest.Builder query = QueryRequest.builder().tableName(store.table(TABLE))
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)").expressionAttributeValues(values)
                .scanIndexForward(false);
        if (!filters.isEmpty()) {
            query.filterExpression(String.join(" AND ", filters));
        }
        if (status != null) {
            query.expressionAttributeNames(Map.of("#st", "status"));
        }
        return DynamoPages.query(store, query.build(), page, List.of("PK", "SK"), DynamoDeliveries::map);
    }

    private static Map<String, AttributeValue> key(String tenantId, String deliveryId) {
        return Attrs.key(DynamoTenants.pk(tenantId), "DELIVERY#" + deliveryId);
    }

    /**
     * What changes as a delivery goes along (null: remove it): GSI1 keys while it is pending, and the claim released
     * unless it is SENDING.
     */
    private static Map<String, AttributeValue> attributes(Delivery d) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("status", Attrs.s(d.status().name()));
        item.put("reason", d.reason() == null ? null : Attrs.s(d.reason()));
        item.put("attempts", Attrs.n(d.attempts()));
        item.put("nextAttemptAt", d.nextAttemptAt() == null ? null : Attrs.s(Attrs.exact(d.nextAttemptAt())));
        item.put("providerMessageId", d.providerMessageId() == null ? null : Attrs.s(d.providerMessageId()));
        item.put("lastError", d.lastError() == null ? null : Attrs.s(d.lastError()));
        item.put("updatedAt", Attrs.s(Attrs.exact(d.updatedAt())));
        boolean queued = d.status().pending() && d.nextAttemptAt() != null;
        item.put("GSI1PK", queued ? Attrs.s(LeaseClaims.shard(QUEUE, d.id())) : null);
        item.put("GSI1SK", queued ? Attrs.s(LeaseClaims.timeKey(d.nextAttemptAt(), d.id())) : null);
        if (d.status() != DeliveryStatus.SENDING) {
            item.put("claimedBy", null);
            item.put("claimExpiresAt", null);
        }
        return item;
    }

    private static Delivery map(Map<String, AttributeValue> item) {
        return new Delivery(Attrs.str(item, "SK").substring("DELIVERY#".length()), Attrs.str(item, "tenantId"),
                Attrs.str(item, "eventId"), DeliveryChannel.valueOf(Attrs.str(item, "channel")),
                Attrs.str(item, "recipient"), EventType.fromWire(Attrs.str(item, "type")).orElseThrow(),
                Attrs.str(item, "payload"), DeliveryStatus.valueOf(Attrs.str(item, "status")),
                Attrs.str(item, "reason"), (int) Attrs.num(item, "attempts", 0), Attrs.instant(item, "nextAttemptAt"),
                Attrs.str(item, "providerMessageId"), Attrs.str(item, "lastError"), Attrs.instant(item, "createdAt"),
                Attrs.instant(item, "updatedAt"), item.containsKey("bookingId") ? new ReminderOf(Attrs.str(item,
                "bookingId"), Attrs.num(item, "bookingVersion", 0)) : null);
    }
}
