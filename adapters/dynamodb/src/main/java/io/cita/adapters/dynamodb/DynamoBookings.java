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
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
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
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Bookings in seed 000's Bookings table. Every write is one TransactWriteItems: the slot-lock day items of the
 * booking's resources (see {@link OccupationLedger}), the booking, its id pointer and reference claim, the monthly
 * usage counter with its limit as condition, the converted hold, the outbox event and its audit entry (see
 * {@link BookingWriteItems}, {@link TenantUsageItems}). A transaction that loses a race on a day item is re-read
 * and retried; a failed limit, hold, reference or version condition is the answer. Reads are {@link BookingReads}
 * and {@link BookingQueries}.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoBookings implements Bookings {
    private final DynamoStore store;
    private final OccupationLedger ledger;
    private final BookingReads reads;
    private final BookingQueries queries;

    public DynamoBookings(DynamoStore store, DynamoCatalogServices services) {
        this.store = store;
        this.ledger = new OccupationLedger(store);
        this.reads = new BookingReads(store, services);
        this.queries = new BookingQueries(store, reads);
    }

    @Override
    public StoreOutcome create(NewBooking request) {
        Booking booking = request.booking();
        if (!request.monthlyLimit().allowsOneMore(0)) {
            return StoreOutcome.LIMIT_REACHED;
        }
        return Transactions.untilDecided("booking " + booking.id(), Transactions.SLOT_LOCK_ATTEMPTS,
                () -> tryCreate(request));
    }

    private Optional<StoreOutcome> tryCreate(NewBooking request) {
        Booking booking = request.booking();
        Set<String> ignored = request.holdId() == null ? Set.of() : Set.of(request.holdId());
        String session = SessionKey.of(booking.id(), booking.serviceId(), booking.time().start(), request.capacity());
        List<OccupationLedger.Day> days = ledger.read(booking.tenantId(), booking.resourceIds(),
                booking.occupied().start(), booking.occupied().end());
        if (!OccupationLedger.fits(days, booking.resourceIds(), booking.occupied().start(), booking.occupied().end(),
                session, booking.seats(), request.capacity(), request.now(), ignored)
                || !reads.legacyOccupations(booking.tenantId(), booking.resourceIds(), booking.occupied().start(),
                booking.occupied().end()).isEmpty()) {
            return Optional.of(StoreOutcome.SLOT_TAKEN);
        }
        List<OccupationLedger.Entry> mine = OccupationLedger.entries(booking.id(), booking.serviceId(),
                booking.time().start(), booking.occupied().start(), booking.occupied().end(), session,
                booking.seats(), null);
        List<TransactWriteItem> items = new ArrayList<>();
        days.forEach(day -> items.add(ledger.rewrite(day, ignored, mine, request.now())));
        Map<String, AttributeValue> main = BookingItems.item(booking, request.zone());
        items.add(BookingWriteItems.put(store, "Bookings", main, "attribute_not_exists(PK)"));
        items.add(BookingWriteItems.put(store, "Bookings", BookingWriteItems.pointer(booking, main),
                "attribute_not_exists(PK)"));
        int reference = items.size();
        items.add(BookingWriteItems.put(store, "Bookings", BookingWriteItems.referenceClaim(booking),
                "attribute_not_exists(PK)"));
        int usage = items.size();
        items.add(TenantUsageItems.count(store, booking.tenantId(), request.period(), request.monthlyLimit(),
                request.now()));
        int hold = -1;
        if (request.holdId() != null) {
            hold = items.size();
            items.add(BookingWriteItems.convertHold(store, booking.tenantId(), request.holdId(), request.now()));
        }
        items.add(BookingWriteItems.event(store, booking, "created"));
        DynamoAuditLog.addTo(items, store, request.audit());
        List<CancellationReason> reasons = Transactions.write(store, items);
        if (reasons == null) {
            return Optional.of(StoreOutcome.DONE);
        }
        if (Transactions.conditionFailed(reasons, usage)) {
            return Optional.of(StoreOutcome.LIMIT_REACHED);
        }
        if (Transactions.conditionFailed(reasons, hold)) {
            return Optional.of(StoreOutcome.STALE);
        }
        if (Transactions.conditionFailed(reasons, reference)) {
            return Optional.of(StoreOutcome.REFERENCE_TAKEN);
        }
        return Optional.empty();
    }

    @Override
    public Optional<Booking> find(String tenantId, String bookingId) {
        return reads.find(tenantId, bookingId);
    }

    @Override
    public Optional<Booking> findByReference(String tenantId, String reference) {
        return reads.findByReference(tenantId, reference);
    }

    @Override
    public Page<Booking> list(BookingFilter filter, PageRequest page) {
        return queries.list(filter, page);
    }

    @Override
    public StoreOutcome changeStatus(Booking updated, AuditRecord audit) {
        return Transactions.untilDecided("booking " + updated.id(), Transactions.SLOT_LOCK_ATTEMPTS,
                () -> tryChangeStatus(updated, audit));
    }

    private Optional<StoreOutcome> tryChangeStatus(Booking updated, AuditRecord audit) {
        Optional<Map<String, AttributeValue>> current = reads.locate(updated.tenantId(), updated.id());
        if (current.isEmpty()) {
            return Optional.of(StoreOutcome.STALE);
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
                .updateExpression(set)
                .conditionExpression(BookingWriteItems.versionIs(current.get(), updated.version() - 1, values))
                .expressionAttributeNames(Map.of("#st", "status")).expressionAttributeValues(values).build()).build());
        if (!updated.status().occupies()) {
            ledger.read(updated.tenantId(), updated.resourceIds(), updated.occupied().start(), updated.occupied().end())
                    .forEach(day -> items.add(ledger.rewrite(day, Set.of(updated.id()), List.of(), updated.updatedAt())));
        }
        items.add(BookingWriteItems.event(store, updated, updated.status().name().toLowerCase(Locale.ROOT)));
        DynamoAuditLog.addTo(items, store, audit);
        List<CancellationReason> reasons = Transactions.write(store, items);
        if (reasons == null) {
            return Optional.of(StoreOutcome.DONE);
        }
        return Transactions.conditionFailed(reasons, 0) ? Optional.of(StoreOutcome.STALE) : Optional.empty();
    }

    @Override
    public StoreOutcome reschedule(Booking moved, int capacity, Instant now, ZoneId zone, AuditRecord audit) {
        return Transactions.untilDecided("booking " + moved.id(), Transactions.SLOT_LOCK_ATTEMPTS,
                () -> tryReschedule(moved, capacity, now, zone, audit));
    }

    private Optional<StoreOutcome> tryReschedule(Booking moved, int capacity, Instant now, ZoneId zone,
                                                 AuditRecord audit) {
        String session = SessionKey.of(moved.id(), moved.serviceId(), moved.time().start(), capacity);
        Optional<Map<String, AttributeValue>> current = reads.locate(moved.tenantId(), moved.id());
        if (current.isEmpty()) {
            return Optional.of(StoreOutcome.STALE);
        }
        Booking old = reads.map(current.get());
        if (old.version() != moved.version() - 1 || !old.status().occupies()) {
            return Optional.of(StoreOutcome.STALE);
        }
        List<OccupationLedger.Day> read = daysOfBoth(old, moved);
        if (!OccupationLedger.fits(read, moved.resourceIds(), moved.occupied().start(), moved.occupied().end(),
                session, moved.seats(), capacity, now, Set.of(moved.id()))) {
            return Optional.of(StoreOutcome.SLOT_TAKEN);
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
        String condition = BookingWriteItems.versionIs(current.get(), old.version(), values);
        int guarded = items.size();
        Map<String, AttributeValue> conditionValues = values.isEmpty() ? null : values;
        if (oldKey.equals(BookingItems.key(moved, zone))) {
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(store.table("Bookings")).item(main)
                    .conditionExpression(condition).expressionAttributeValues(conditionValues).build()).build());
        } else {
            items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(store.table("Bookings"))
                    .key(oldKey).conditionExpression(condition).expressionAttributeValues(conditionValues).build())
                    .build());
            items.add(BookingWriteItems.put(store, "Bookings", main, "attribute_not_exists(PK)"));
        }
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(store.table("Bookings"))
                .item(BookingWriteItems.pointer(moved, main)).build()).build());
        items.add(BookingWriteItems.event(store, moved, "rescheduled"));
        DynamoAuditLog.addTo(items, store, audit);
        List<CancellationReason> reasons = Transactions.write(store, items);
        if (reasons == null) {
            return Optional.of(StoreOutcome.DONE);
        }
        return Transactions.conditionFailed(reasons, guarded) ? Optional.of(StoreOutcome.STALE) : Optional.empty();
    }

    /** The day items of the booking's old and new occupation, each once: a move rewrites both. */
    private List<OccupationLedger.Day> daysOfBoth(Booking old, Booking moved) {
        Map<String, OccupationLedger.Day> days = new LinkedHashMap<>();
        for (OccupationLedger.Day day : ledger.read(moved.tenantId(), old.resourceIds(), old.occupied().start(),
                old.occupied().end())) {
            days.put(day.resourceId() + "|" + day.date(), day);
        }
        for (OccupationLedger.Day day : ledger.read(moved.tenantId(), moved.resourceIds(),
                moved.occupied().start(), moved.occupied().end())) {
            days.putIfAbsent(day.resourceId() + "|" + day.date(), day);
        }
        return new ArrayList<>(days.values());
    }

    @Override
    public List<Occupation> occupations(String tenantId, Collection<String> resourceIds, Instant from, Instant to,
                                        Instant now) {
        List<Occupation> result = new ArrayList<>(OccupationLedger.occupations(ledger.read(tenantId, resourceIds, from, to),
                from, to, now));
        result.addAll(reads.legacyOccupations(tenantId, resourceIds, from, to));
        return result;
    }

    @Override
    public long createdIn(String tenantId, YearMonth period) {
        return TenantUsageItems.bookingsIn(store, tenantId, period);
    }
}
