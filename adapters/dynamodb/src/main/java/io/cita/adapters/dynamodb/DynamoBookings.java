package io.cita.adapters.dynamodb;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.NewBooking;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.query.BookingFilter;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.availability.Occupation;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.SessionKey;
import io.cita.domain.catalog.Service;
import io.cita.domain.plan.Limit;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Bookings in seed 000's Bookings table. Every write is one TransactWriteItems: the slot-lock day items of the
 * booking's resources (see {@link OccupationLedger}), the booking, its id pointer and reference claim, the monthly
 * usage counter with its limit as condition, the converted hold, the outbox event and, for a creation, its audit
 * entry. A transaction that loses a race on a day item is re-read and retried; a failed limit or hold condition is
 * the answer.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoBookings implements Bookings {
    private static final int ATTEMPTS = 60;
    private static final Duration LONGEST_BOOKING = Duration.ofDays(1);
    private final DynamoStore store;
    private final OccupationLedger ledger;
    private final DynamoCatalogServices services;
    private final SlotLockCoverage coverage;

    public DynamoBookings(DynamoStore store, DynamoCatalogServices services) {
        this.store = store;
        this.ledger = new OccupationLedger(store);
        this.services = services;
        this.coverage = new SlotLockCoverage(store);
    }

    @Override
    public StoreOutcome create(NewBooking request) {
        Booking booking = request.booking();
        ZoneId zone = request.zone();
        Set<String> ignored = request.holdId() == null ? Set.of() : Set.of(request.holdId());
        String session = SessionKey.of(booking.id(), booking.serviceId(), booking.time().start(),
                request.capacity());
        if (!request.monthlyLimit().allowsOneMore(0)) {
            return StoreOutcome.LIMIT_REACHED;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<OccupationLedger.Day> days = ledger.read(booking.tenantId(), booking.resourceIds(),
                    booking.occupied().start(), booking.occupied().end());
            if (!OccupationLedger.fits(days, booking.resourceIds(), booking.occupied().start(), booking.occupied().end(),
                    session, booking.seats(), request.capacity(), request.now(), ignored)
                    || !legacyOccupations(booking.tenantId(), booking.resourceIds(), booking.occupied().start(),
                    booking.occupied().end()).isEmpty()) {
                return StoreOutcome.SLOT_TAKEN;
            }
            List<OccupationLedger.Entry> mine = OccupationLedger.entries(booking.id(), booking.serviceId(),
                    booking.time().start(), booking.occupied().start(), booking.occupied().end(), session,
                    booking.seats(), null);
            List<TransactWriteItem> items = new ArrayList<>();
            days.forEach(day -> items.add(ledger.rewrite(day, ignored, mine, request.now())));
            Map<String, AttributeValue> main = BookingItems.item(booking, zone);
            items.add(put("Bookings", main, "attribute_not_exists(PK)"));
            items.add(put("Bookings", pointer(booking, main), "attribute_not_exists(PK)"));
            int reference = items.size();
            items.add(put("Bookings", referenceClaim(booking), "attribute_not_exists(PK)"));
            int usage = items.size();
            items.add(countBooking(booking.tenantId(), request.period(), request.monthlyLimit(), request.now()));
            int hold = -1;
            if (request.holdId() != null) {
                hold = items.size();
                items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(store.table("Holds"))
                        .key(Attrs.key(DynamoTenants.pk(booking.tenantId()), "HOLD#" + request.holdId()))
                        .conditionExpression("attribute_exists(PK) AND expiresAtMillis > :now")
                        .expressionAttributeValues(Map.of(":now", Attrs.n(request.now().toEpochMilli()))).build())
                        .build());
            }
            items.add(event(booking, "created"));
            DynamoAuditLog.addTo(items, store, request.audit());
            List<CancellationReason> reasons = Transactions.write(store, items);
            if (reasons == null) {
                return StoreOutcome.DONE;
            }
            if (Transactions.conditionFailed(reasons, usage)) {
                return StoreOutcome.LIMIT_REACHED;
            }
            if (Transactions.conditionFailed(reasons, hold)) {
                return StoreOutcome.STALE;
            }
            if (Transactions.conditionFailed(reasons, reference)) {
                return StoreOutcome.REFERENCE_TAKEN;
            }
            Transactions.backOff(attempt);
        }
        throw new IllegalStateException("booking " + booking.id() + " kept losing races on its slot locks");
    }

    @Override
    public Optional<Booking> find(String tenantId, String bookingId) {
        return locate(tenantId, bookingId).map(this::map);
    }

    @Override
    public Optional<Booking> findByReference(String tenantId, String reference) {
        Map<String, AttributeValue> claim = get(Attrs.key(DynamoTenants.pk(tenantId) + "#REF#" + reference, "META#REF"));
        return claim == null ? Optional.empty() : find(tenantId, Attrs.str(claim, "bookingRef"));
    }

    @Override
    public Page<Booking> list(BookingFilter filter, PageRequest page) {
        Map<String, AttributeValue> values = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        values.put(":t", Attrs.s(filter.tenantId()));
        String keyCondition = "tenantId = :t";
        if (filter.from() != null || filter.to() != null) {
            names.put("#dt", "datetime");
        }
        if (filter.from() != null && filter.to() != null) {
            keyCondition += " AND #dt BETWEEN :lo AND :hi";
            values.put(":lo", Attrs.s(Attrs.instant(filter.from().minus(LONGEST_BOOKING))));
            values.put(":hi", Attrs.s(Attrs.instant(filter.to().minusSeconds(1))));
        } else if (filter.from() != null) {
            keyCondition += " AND #dt >= :lo";
            values.put(":lo", Attrs.s(Attrs.instant(filter.from().minus(LONGEST_BOOKING))));
        } else if (filter.to() != null) {
            keyCondition += " AND #dt < :hi";
            values.put(":hi", Attrs.s(Attrs.instant(filter.to())));
        }
        List<String> filters = new ArrayList<>();
        if (filter.from() != null) {
            filters.add("(endDatetime > :from OR attribute_not_exists(endDatetime))");
            values.put(":from", Attrs.s(Attrs.instant(filter.from())));
        }
        if (filter.resourceId() != null) {
            filters.add("(contains(resourceIds, :r) OR providerId = :r)");
            values.put(":r", Attrs.s(filter.resourceId()));
        }
        if (filter.status() != null) {
            filters.add("#st = :s");
            names.put("#st", "status");
            values.put(":s", Attrs.s(filter.status().name()));
        }
        if (filter.clientId() != null) {
            filters.add("clientId = :c");
            values.put(":c", Attrs.s(filter.clientId()));
        }
        QueryRequest.Builder query = QueryRequest.builder().tableName(store.table("Bookings")).indexName("GSI3")
                .keyConditionExpression(keyCondition).expressionAttributeValues(values);
        if (!names.isEmpty()) {
            query.expressionAttributeNames(names);
        }
        if (!filters.isEmpty()) {
            query.filterExpression(String.join(" AND ", filters));
        }
        return DynamoPages.query(store, query.build(), page, List.of("tenantId", "datetime", "PK", "SK"), this::map,
                booking -> filter.from() == null || booking.time().end().isAfter(filter.from()));
    }

    @Override
    public StoreOutcome changeStatus(Booking updated, AuditRecord audit) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Map<String, AttributeValue>> current = locate(updated.tenantId(), updated.id());
            if (current.isEmpty()) {
                return StoreOutcome.STALE;
            }
            List<TransactWriteItem> items = new ArrayList<>();
            Map<String, AttributeValue> values = new HashMap<>();
            values.put(":status", Attrs.s(updated.status().name()));
            values.put(":updated", Attrs.s(Attrs.exact(updated.updatedAt())));
            values.put(":version", Attrs.n(updated.version()));
            String set = "SET #st = :status, updatedAt = :updated, version = :version";
            if (updated.cancellationReason() != null) {
                set += ", cancellationReason = :reason";
                values.put(":reason", Attrs.s(updated.cancellationReason()));
            }
            items.add(TransactWriteItem.builder().update(Update.builder().tableName(store.table("Bookings"))
                    .key(Attrs.key(Attrs.str(current.get(), "PK"), Attrs.str(current.get(), "SK")))
                    .updateExpression(set).conditionExpression(versionIs(current.get(), updated.version() - 1, values))
                    .expressionAttributeNames(Map.of("#st", "status")).expressionAttributeValues(values).build()).build());
            if (!updated.status().occupies()) {
                ledger.read(updated.tenantId(), updated.resourceIds(), updated.occupied().start(), updated.occupied().end())
                        .forEach(day -> items.add(ledger.rewrite(day, Set.of(updated.id()), List.of(), updated.updatedAt())));
            }
            items.add(event(updated, updated.status().name().toLowerCase(Locale.ROOT)));
            DynamoAuditLog.addTo(items, store, audit);
            List<CancellationReason> reasons = Transactions.write(store, items);
            if (reasons == null) {
                return StoreOutcome.DONE;
            }
            if (Transactions.conditionFailed(reasons, 0)) {
                return StoreOutcome.STALE;
            }
            Transactions.backOff(attempt);
        }
        throw new IllegalStateException("booking " + updated.id() + " kept losing races on its slot locks");
    }

    @Override
    public StoreOutcome reschedule(Booking moved, int capacity, Instant now, ZoneId zone, AuditRecord audit) {
        String session = SessionKey.of(moved.id(), moved.serviceId(), moved.time().start(), capacity);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Map<String, AttributeValue>> current = locate(moved.tenantId(), moved.id());
            if (current.isEmpty()) {
                return StoreOutcome.STALE;
            }
            Booking old = map(current.get());
            if (old.version() != moved.version() - 1 || !old.status().occupies()) {
                return StoreOutcome.STALE;
            }
            Map<String, OccupationLedger.Day> days = new LinkedHashMap<>();
            for (OccupationLedger.Day day : ledger.read(moved.tenantId(), old.resourceIds(), old.occupied().start(),
                    old.occupied().end())) {
                days.put(day.resourceId() + "|" + day.date(), day);
            }
            for (OccupationLedger.Day day : ledger.read(moved.tenantId(), moved.resourceIds(),
                    moved.occupied().start(), moved.occupied().end())) {
                days.putIfAbsent(day.resourceId() + "|" + day.date(), day);
            }
            List<OccupationLedger.Day> read = new ArrayList<>(days.values());
            if (!OccupationLedger.fits(read, moved.resourceIds(), moved.occupied().start(), moved.occupied().end(),
                    session, moved.seats(), capacity, now, Set.of(moved.id()))) {
                return StoreOutcome.SLOT_TAKEN;
            }
            List<OccupationLedger.Entry> mine = OccupationLedger.entries(moved.id(), moved.serviceId(),
                    moved.time().start(), moved.occupied().start(), moved.occupied().end(), session, moved.seats(), null);
            List<TransactWriteItem> items = new ArrayList<>();
            for (OccupationLedger.Day day : read) {
                items.add(ledger.rewrite(day, Set.of(moved.id()),
                        moved.resourceIds().contains(day.resourceId()) ? mine : List.of(), now));
            }
            Map<String, AttributeValue> oldKey = Attrs.key(Attrs.str(current.get(), "PK"), Attrs.str(current.get(), "SK"));
            Map<String, AttributeValue> main = BookingItems.item(moved, zone);
            Map<String, AttributeValue> values = new HashMap<>();
            String condition = versionIs(current.get(), old.version(), values);
            int guarded = items.size();
            Map<String, AttributeValue> conditionValues = values.isEmpty() ? null : values;
            if (oldKey.equals(BookingItems.key(moved, zone))) {
                items.add(TransactWriteItem.builder().put(Put.builder().tableName(store.table("Bookings")).item(main)
                        .conditionExpression(condition).expressionAttributeValues(conditionValues).build()).build());
            } else {
                items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(store.table("Bookings"))
                        .key(oldKey).conditionExpression(condition).expressionAttributeValues(conditionValues).build())
                        .build());
                items.add(put("Bookings", main, "attribute_not_exists(PK)"));
            }
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(store.table("Bookings"))
                    .item(pointer(moved, main)).build()).build());
            items.add(event(moved, "rescheduled"));
            DynamoAuditLog.addTo(items, store, audit);
            List<CancellationReason> reasons = Transactions.write(store, items);
            if (reasons == null) {
                return StoreOutcome.DONE;
            }
            if (Transactions.conditionFailed(reasons, guarded)) {
                return StoreOutcome.STALE;
            }
            Transactions.backOff(attempt);
        }
        throw new IllegalStateException("booking " + moved.id() + " kept losing races on its slot locks");
    }

    @Override
    public List<Occupation> occupations(String tenantId, Collection<String> resourceIds, Instant from, Instant to,
                                        Instant now) {
        List<Occupation> result = new ArrayList<>(OccupationLedger.occupations(ledger.read(tenantId, resourceIds, from, to),
                from, to, now));
        result.addAll(legacyOccupations(tenantId, resourceIds, from, to));
        return result;
    }

    @Override
    public long createdIn(String tenantId, YearMonth period) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("TenantUsage")).key(usageKey(tenantId, period)).consistentRead(true).build()))
                .item();
        return item == null ? 0 : Attrs.num(item, "bookings", 0);
    }

    /**
     * Occupations of bookings written straight into the Bookings table by seed 000's system (they have no slot
     * locks): every live one on these resources overlapping {@code from..to}; none for a tenant Cita created.
     */
    private List<Occupation> legacyOccupations(String tenantId, Collection<String> resourceIds, Instant from, Instant to) {
        List<Occupation> result = new ArrayList<>();
        if (coverage.complete(tenantId)) {
            return result;
        }
        String low = "BOOKING#" + LocalDate.ofInstant(from, ZoneOffset.UTC).minusDays(2);
        String high = "BOOKING#" + LocalDate.ofInstant(to, ZoneOffset.UTC).plusDays(2) + "~";
        for (String resourceId : resourceIds) {
            List<Map<String, AttributeValue>> items = store.call(() -> store.client().queryPaginator(QueryRequest.builder()
                    .tableName(store.table("Bookings"))
                    .keyConditionExpression("PK = :pk AND SK BETWEEN :low AND :high")
                    .filterExpression("attribute_not_exists(occupiedStart)")
                    .expressionAttributeValues(Map.of(":pk", Attrs.s(DynamoTenants.pk(tenantId) + "#PROVIDER#" + resourceId),
                            ":low", Attrs.s(low), ":high", Attrs.s(high))).build()).items().stream().toList());
            for (Map<String, AttributeValue> item : items) {
                Booking booking = map(item);
                if (booking.status().occupies() && booking.occupied().start().isBefore(to)
                        && from.isBefore(booking.occupied().end())) {
                    result.add(new Occupation(booking.id(), resourceId, booking.serviceId(), booking.time().start(),
                            booking.occupied().start(), booking.occupied().end(), booking.seats()));
                }
            }
        }
        return result;
    }

    /** The booking's item: through its id pointer, or for seed items through GSI2 (bookingId). */
    private Optional<Map<String, AttributeValue>> locate(String tenantId, String bookingId) {
        Map<String, AttributeValue> pointer = get(Attrs.key(DynamoTenants.pk(tenantId) + "#BOOKING#" + bookingId,
                "META#BOOKING"));
        if (pointer != null) {
            return Optional.ofNullable(get(Attrs.key(Attrs.str(pointer, "mainPK"), Attrs.str(pointer, "mainSK"))));
        }
        return store.call(() -> store.client().query(QueryRequest.builder().tableName(store.table("Bookings"))
                .indexName("GSI2").keyConditionExpression("bookingId = :id")
                .expressionAttributeValues(Map.of(":id", Attrs.s(bookingId))).build())).items().stream()
                .filter(item -> tenantId.equals(Attrs.str(item, "tenantId")))
                .findFirst();
    }

    private Map<String, AttributeValue> get(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("Bookings")).key(key).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? null : item;
    }

    private Booking map(Map<String, AttributeValue> item) {
        if (BookingItems.isCitas(item)) {
            return BookingItems.map(item, null);
        }
        Service service = services.find(Attrs.str(item, "tenantId"), Attrs.str(item, "serviceId")).orElseThrow(
                () -> new IllegalStateException("booking " + Attrs.str(item, "bookingId") + " names no known service"));
        return BookingItems.map(item, new BookingItems.LegacyDefaults(service.durationMinutes(), service.price()));
    }

    private static String versionIs(Map<String, AttributeValue> current, long version,
                                     Map<String, AttributeValue> values) {
        if (!current.containsKey("version")) {
            return "attribute_exists(PK) AND attribute_not_exists(version)";
        }
        values.put(":prev", Attrs.n(version));
        return "version = :prev";
    }

    private TransactWriteItem put(String table, Map<String, AttributeValue> item, String condition) {
        return TransactWriteItem.builder().put(Put.builder().tableName(store.table(table)).item(item)
                .conditionExpression(condition).build()).build();
    }

    private static Map<String, AttributeValue> pointer(Booking booking, Map<String, AttributeValue> main) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key(DynamoTenants.pk(booking.tenantId()) + "#BOOKING#"
                + booking.id(), "META#BOOKING"));
        item.put("mainPK", main.get("PK"));
        item.put("mainSK", main.get("SK"));
        return item;
    }

    private static Map<String, AttributeValue> referenceClaim(Booking booking) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key(DynamoTenants.pk(booking.tenantId()) + "#REF#"
                + booking.reference(), "META#REF"));
        item.put("bookingRef", Attrs.s(booking.id()));
        return item;
    }

    private static Map<String, AttributeValue> usageKey(String tenantId, YearMonth period) {
        return Attrs.key(DynamoTenants.pk(tenantId), "USAGE#" + period);
    }

    /** Counts the booking in seed 000's TenantUsage item of the month, refused at the plan's limit. */
    private TransactWriteItem countBooking(String tenantId, YearMonth period, Limit limit, Instant now) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":one", Attrs.n(1));
        values.put(":t", Attrs.s(tenantId));
        values.put(":p", Attrs.s(period.toString()));
        values.put(":now", Attrs.s(Attrs.exact(now)));
        Update.Builder update = Update.builder().tableName(store.table("TenantUsage")).key(usageKey(tenantId, period))
                .updateExpression("ADD bookings :one SET tenantId = :t, #period = :p, updatedAt = :now")
                .expressionAttributeNames(Map.of("#period", "period"));
        if (!limit.isUnlimited()) {
            values.put(":limit", Attrs.n(limit.bound()));
            update.conditionExpression("attribute_not_exists(bookings) OR bookings < :limit");
        }
        return TransactWriteItem.builder().update(update.expressionAttributeValues(values).build()).build();
    }

    /** The outbox: every change of a booking as an event in the same transaction as the change. */
    private TransactWriteItem event(Booking booking, String type) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key(DynamoTenants.pk(booking.tenantId()),
                "EVENT#" + Attrs.exact(booking.updatedAt()) + "#" + booking.id() + "#" + booking.version()));
        item.put("tenantId", Attrs.s(booking.tenantId()));
        item.put("bookingId", Attrs.s(booking.id()));
        item.put("type", Attrs.s(type));
        item.put("status", Attrs.s(booking.status().name()));
        item.put("occurredAt", Attrs.s(Attrs.exact(booking.updatedAt())));
        return TransactWriteItem.builder().put(Put.builder().tableName(store.table("Outbox")).item(item).build()).build();
    }
}
