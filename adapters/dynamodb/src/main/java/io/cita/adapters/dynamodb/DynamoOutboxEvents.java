package io.cita.adapters.dynamodb;

import io.cita.application.port.out.OutboxEvent;
import io.cita.application.port.out.OutboxEvents;
import io.cita.application.port.out.OutboxRecord;
import io.cita.domain.delivery.EventType;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The Outbox table's events (PK TENANT#t, SK EVENT#time#subject#version; the subject a booking, a hold or a client):
 * pending ones also carry GSI1 keys ({@code PENDING#shard}, the event key), removed when they are dispatched; claims
 * go through {@link LeaseClaims}. A subject's events share a shard, and one waits while an earlier one of its subject
 * is still pending.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoOutboxEvents implements OutboxEvents {
    private static final String QUEUE = "PENDING";
    private final DynamoStore store;

    public DynamoOutboxEvents(DynamoStore store) {
        this.store = store;
    }

    /**
     * The Put of a pending event about {@code subjectId} (its {@code version}th change, when a subject has several),
     * for the transaction of the change; {@code type} is a booking's change ({@code created}) or a wire name.
     */
    static TransactWriteItem put(DynamoStore store, String tenantId, String subjectId, long version, String type,
                                 String status, Instant at) {
        String eventKey = Attrs.exact(at) + "#" + subjectId + "#" + version;
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key(DynamoTenants.pk(tenantId), "EVENT#" + eventKey));
        item.put("GSI1PK", Attrs.s(LeaseClaims.shard(QUEUE, subjectId)));
        item.put("GSI1SK", Attrs.s(eventKey));
        item.put("tenantId", Attrs.s(tenantId));
        item.put("subjectId", Attrs.s(subjectId));
        item.put("type", Attrs.s(type));
        item.put("status", Attrs.s(status));
        item.put("occurredAt", Attrs.s(Attrs.exact(at)));
        return TransactWriteItem.builder().put(Put.builder().tableName(store.table("Outbox")).item(item).build())
                .build();
    }

    /** The Put of an event that is not a booking's, for the transaction of its change. */
    static TransactWriteItem put(DynamoStore store, OutboxRecord event) {
        return put(store, event.tenantId(), event.subjectId(), 0, event.type().wireName(), event.detail(),
                event.occurredAt());
    }

    @Override
    public List<OutboxEvent> claim(String owner, Instant now, Duration lease, int limit) {
        return LeaseClaims.claimQueued(store, "Outbox", QUEUE, "~", limit * 2, DynamoOutboxEvents::firstPerSubject,
                owner, now, lease, limit).stream().map(DynamoOutboxEvents::map).toList();
    }

    /** Of a partition's pending events, oldest first, only each subject's first: the others wait for it. */
    private static List<Map<String, AttributeValue>> firstPerSubject(List<Map<String, AttributeValue>> pending) {
        Set<String> seen = new HashSet<>();
        return pending.stream().filter(item -> seen.add(subject(item))).toList();
    }

    /** The event's subject ({@code bookingId} on the events queued before other subjects had events). */
    private static String subject(Map<String, AttributeValue> item) {
        return item.containsKey("subjectId") ? Attrs.str(item, "subjectId") : Attrs.str(item, "bookingId");
    }

    @Override
    public void markDispatched(List<OutboxEvent> events, Instant at) {
        for (OutboxEvent event : events) {
            store.call(() -> store.client().updateItem(UpdateItemRequest.builder().tableName(store.table("Outbox"))
                    .key(Attrs.key(DynamoTenants.pk(event.tenantId()), "EVENT#" + event.id()))
                    .updateExpression("SET dispatchedAt = :at REMOVE GSI1PK, GSI1SK, claimedBy, claimExpiresAt")
                    .expressionAttributeValues(Map.of(":at", Attrs.s(Attrs.exact(at)))).build()));
        }
    }

    private static OutboxEvent map(Map<String, AttributeValue> item) {
        return new OutboxEvent(Attrs.str(item, "SK").substring("EVENT#".length()), Attrs.str(item, "tenantId"),
                subject(item), EventType.ofOutboxRecord(Attrs.str(item, "type")).orElse(null),
                Attrs.str(item, "status"), Attrs.instant(item, "occurredAt"));
    }
}
