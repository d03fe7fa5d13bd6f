package io.cita.adapters.dynamodb;

import io.cita.application.port.out.OutboxEvent;
import io.cita.application.port.out.OutboxEvents;
import io.cita.domain.delivery.EventType;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The Outbox table's events (PK TENANT#t, SK EVENT#time#booking#version): pending ones also carry GSI1 keys
 * ({@code PENDING#shard}, the event key), removed when they are dispatched; claims go through {@link LeaseClaims}. A
 * booking's events share a shard, and one waits while an earlier one of its booking is still pending.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoOutboxEvents implements OutboxEvents {
    private static final String QUEUE = "PENDING";
    private final DynamoStore store;

    public DynamoOutboxEvents(DynamoStore store) {
        this.store = store;
    }

    /** The GSI1 attributes that keep an event of {@code bookingId} pending. */
    static Map<String, AttributeValue> pending(String bookingId, String eventKey) {
        return Map.of("GSI1PK", Attrs.s(LeaseClaims.shard(QUEUE, bookingId)), "GSI1SK", Attrs.s(eventKey));
    }

    @Override
    public List<OutboxEvent> claim(String owner, Instant now, Duration lease, int limit) {
        return LeaseClaims.claimQueued(store, "Outbox", QUEUE, "~", limit * 2, DynamoOutboxEvents::firstPerBooking,
                owner, now, lease, limit).stream().map(DynamoOutboxEvents::map).toList();
    }

    /** Of a partition's pending events, oldest first, only each booking's first: the others wait for it. */
    private static List<Map<String, AttributeValue>> firstPerBooking(List<Map<String, AttributeValue>> pending) {
        Set<String> seen = new HashSet<>();
        return pending.stream().filter(item -> seen.add(Attrs.str(item, "bookingId"))).toList();
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
                Attrs.str(item, "bookingId"), EventType.ofBookingChange(Attrs.str(item, "type")).orElse(null),
                Attrs.str(item, "status"), Attrs.instant(item, "occurredAt"));
    }
}
