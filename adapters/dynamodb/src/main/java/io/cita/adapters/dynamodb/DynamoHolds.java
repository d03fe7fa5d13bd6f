package io.cita.adapters.dynamodb;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Holds;
import io.cita.application.port.out.OutboxRecord;
import io.cita.application.port.out.StoreOutcome;
import io.cita.domain.booking.Hold;
import io.cita.domain.booking.Interval;
import io.cita.domain.booking.SessionKey;
import io.cita.domain.delivery.EventType;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Holds in a Holds table (PK TENANT#id, SK HOLD#id) with a TTL attribute; their occupations sit in the slot locks
 * with an expiry, so an expired hold stops blocking at once. Every hold is also in GSI1 ({@code EXPIRING#shard}, its
 * expiry and id) where the sweep finds the expired ones to remove and announce before the TTL would.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoHolds implements Holds {
    private static final String EXPIRING = "EXPIRING";
    private final DynamoStore store;
    private final OccupationLedger ledger;

    public DynamoHolds(DynamoStore store) {
        this.store = store;
        this.ledger = new OccupationLedger(store);
    }

    @Override
    public StoreOutcome create(Hold hold, int capacity, Instant now, AuditRecord audit) {
        String session = SessionKey.of(hold.id(), hold.serviceId(), hold.time().start(), capacity);
        List<OccupationLedger.Entry> mine = OccupationLedger.entries(hold.id(), hold.serviceId(), hold.time().start(),
                hold.occupied().start(), hold.occupied().end(), session, hold.seats(), hold.expiresAt().toEpochMilli());
        return Transactions.untilDecided("hold " + hold.id(), Transactions.SLOT_LOCK_ATTEMPTS, () -> {
            List<OccupationLedger.Day> days = ledger.read(hold.tenantId(), hold.resourceIds(), hold.occupied().start(),
                    hold.occupied().end());
            if (!OccupationLedger.fits(days, hold.resourceIds(), hold.occupied().start(), hold.occupied().end(), session,
                    hold.seats(), capacity, now, Set.of())) {
                return Optional.of(StoreOutcome.SLOT_TAKEN);
            }
            List<TransactWriteItem> items = new ArrayList<>();
            days.forEach(day -> items.add(ledger.rewrite(day, Set.of(), mine, now)));
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(store.table("Holds")).item(item(hold))
                    .conditionExpression("attribute_not_exists(PK)").build()).build());
            DynamoAuditLog.addTo(items, store, audit);
            return Transactions.write(store, items) == null ? Optional.of(StoreOutcome.DONE) : Optional.empty();
        });
    }

    @Override
    public Optional<Hold> findLive(String tenantId, String holdId, Instant now) {
        return get(tenantId, holdId).filter(item -> Attrs.num(item, "expiresAtMillis", 0) > now.toEpochMilli())
                .map(DynamoHolds::map);
    }

    @Override
    public int removeExpired(Instant now, int limit) {
        int removed = 0;
        for (int shard = 0; shard < LeaseClaims.SHARDS && removed < limit; shard++) {
            for (Map<String, AttributeValue> item : LeaseClaims.queued(store, "Holds", EXPIRING + "#" + shard,
                    LeaseClaims.timeKey(now, "~"), limit - removed)) {
                removed += remove(map(item), now) ? 1 : 0;
            }
        }
        return removed;
    }

    /** Deletes an expired hold unless it is gone already, with its hold.expired event if it expired recently. */
    private boolean remove(Hold hold, Instant now) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(store.table("Holds"))
                .key(key(hold.tenantId(), hold.id()))
                .conditionExpression("attribute_exists(PK) AND expiresAtMillis <= :now")
                .expressionAttributeValues(Map.of(":now", Attrs.n(now.toEpochMilli()))).build()).build());
        if (hold.expiresAt().isAfter(now.minus(Hold.EXPIRY_ANNOUNCED_WITHIN))) {
            items.add(DynamoOutboxEvents.put(store, new OutboxRecord(hold.tenantId(), hold.id(),
                    EventType.HOLD_EXPIRED, "expired", hold.expiresAt())));
        }
        List<CancellationReason> reasons = Transactions.write(store, items);
        if (reasons == null) {
            return true;
        }
        if (Transactions.conditionFailed(reasons, 0) || reasons.stream()
                .anyMatch(reason -> "TransactionConflict".equals(reason.code()))) {
            return false; // removed (or being removed) by another instance; a conflict is tried again next sweep
        }
        throw new IllegalStateException("removing hold " + hold.id() + " failed: " + reasons);
    }

    @Override
    public boolean release(String tenantId, String holdId, AuditRecord audit) {
        return Transactions.untilDecided("hold " + holdId, Transactions.SLOT_LOCK_ATTEMPTS, () -> {
            Optional<Map<String, AttributeValue>> item = get(tenantId, holdId);
            if (item.isEmpty()) {
                return Optional.of(false);
            }
            Hold hold = map(item.get());
            List<TransactWriteItem> items = new ArrayList<>();
            Instant now = Instant.now();
            ledger.read(tenantId, hold.resourceIds(), hold.occupied().start(), hold.occupied().end())
                    .forEach(day -> items.add(ledger.rewrite(day, Set.of(holdId), List.of(), now)));
            int deleteAt = items.size();
            items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(store.table("Holds"))
                    .key(key(tenantId, holdId)).conditionExpression("attribute_exists(PK)").build()).build());
            DynamoAuditLog.addTo(items, store, audit);
            List<CancellationReason> reasons = Transactions.write(store, items);
            if (reasons == null) {
                return Optional.of(true);
            }
            return Transactions.conditionFailed(reasons, deleteAt) ? Optional.of(false) : Optional.empty();
        });
    }

    private Optional<Map<String, AttributeValue>> get(String tenantId, String holdId) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("Holds")).key(key(tenantId, holdId)).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    private static Map<String, AttributeValue> key(String tenantId, String holdId) {
        return Attrs.key(DynamoTenants.pk(tenantId), "HOLD#" + holdId);
    }

    private static Map<String, AttributeValue> item(Hold hold) {
        Map<String, AttributeValue> item = new HashMap<>(key(hold.tenantId(), hold.id()));
        item.put("tenantId", Attrs.s(hold.tenantId()));
        item.put("holdId", Attrs.s(hold.id()));
        item.put("serviceId", Attrs.s(hold.serviceId()));
        item.put("resourceIds", Attrs.strings(hold.resourceIds()));
        item.put("start", Attrs.s(Attrs.exact(hold.time().start())));
        item.put("end", Attrs.s(Attrs.exact(hold.time().end())));
        item.put("occupiedStart", Attrs.s(Attrs.exact(hold.occupied().start())));
        item.put("occupiedEnd", Attrs.s(Attrs.exact(hold.occupied().end())));
        item.put("seats", Attrs.n(hold.seats()));
        item.put("expiresAt", Attrs.s(Attrs.exact(hold.expiresAt())));
        item.put("expiresAtMillis", Attrs.n(hold.expiresAt().toEpochMilli()));
        item.put("ttl", Attrs.n(hold.expiresAt().plus(Hold.EXPIRY_ANNOUNCED_WITHIN).getEpochSecond()));
        item.put("GSI1PK", Attrs.s(LeaseClaims.shard(EXPIRING, hold.id())));
        item.put("GSI1SK", Attrs.s(LeaseClaims.timeKey(hold.expiresAt(), hold.id())));
        item.put("createdAt", Attrs.s(Attrs.exact(hold.createdAt())));
        return item;
    }

    private static Hold map(Map<String, AttributeValue> item) {
        return new Hold(Attrs.str(item, "holdId"), Attrs.str(item, "tenantId"), Attrs.str(item, "serviceId"),
                Attrs.list(item, "resourceIds"),
                new Interval(Attrs.instant(item, "start"), Attrs.instant(item, "end")),
                new Interval(Attrs.instant(item, "occupiedStart"), Attrs.instant(item, "occupiedEnd")),
                (int) Attrs.num(item, "seats", 1), Attrs.instant(item, "expiresAt"), Attrs.instant(item, "createdAt"));
    }
}
