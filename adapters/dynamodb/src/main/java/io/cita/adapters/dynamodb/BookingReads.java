package io.cita.adapters.dynamodb;

import io.cita.domain.availability.Occupation;
import io.cita.domain.booking.Booking;
import io.cita.domain.catalog.Service;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Reads bookings, Cita's items and those seed 000's own system wrote alike: a booking by id (through its pointer,
 * or seed 000's GSI2) or reference, and the occupations of seed items, which have no slot locks.
 */
final class BookingReads {
    private final DynamoStore store;
    private final DynamoCatalogServices services;
    private final SlotLockCoverage coverage;

    BookingReads(DynamoStore store, DynamoCatalogServices services) {
        this.store = store;
        this.services = services;
        this.coverage = new SlotLockCoverage(store);
    }

    Optional<Booking> find(String tenantId, String bookingId) {
        return locate(tenantId, bookingId).map(this::map);
    }

    Optional<Booking> findByReference(String tenantId, String reference) {
        Map<String, AttributeValue> claim = get(BookingWriteItems.referenceKey(tenantId, reference));
        return claim == null ? Optional.empty() : find(tenantId, Attrs.str(claim, "bookingRef"));
    }

    /** The booking's item: through its id pointer, or for seed items through GSI2 (bookingId). */
    Optional<Map<String, AttributeValue>> locate(String tenantId, String bookingId) {
        Map<String, AttributeValue> pointer = get(BookingWriteItems.pointerKey(tenantId, bookingId));
        if (pointer != null) {
            return Optional.ofNullable(get(Attrs.key(Attrs.str(pointer, "mainPK"), Attrs.str(pointer, "mainSK"))));
        }
        return store.call(() -> store.client().query(QueryRequest.builder().tableName(store.table("Bookings"))
                .indexName("GSI2").keyConditionExpression("bookingId = :id")
                .expressionAttributeValues(Map.of(":id", Attrs.s(bookingId))).build())).items().stream()
                .filter(item -> tenantId.equals(Attrs.str(item, "tenantId")))
                .findFirst();
    }

    /** A booking of its item; a seed item takes its length and price from its service. */
    Booking map(Map<String, AttributeValue> item) {
        if (BookingItems.isCitas(item)) {
            return BookingItems.map(item, null);
        }
        Service service = services.find(Attrs.str(item, "tenantId"), Attrs.str(item, "serviceId")).orElseThrow(
                () -> new IllegalStateException("booking " + Attrs.str(item, "bookingId") + " names no known service"));
        return BookingItems.map(item, new BookingItems.LegacyDefaults(service.durationMinutes(), service.price()));
    }

    /**
     * Occupations of bookings written straight into the Bookings table by seed 000's system (they have no slot
     * locks): every live one on these resources overlapping {@code from..to}; none for a tenant Cita created.
     */
    List<Occupation> legacyOccupations(String tenantId, Collection<String> resourceIds, Instant from, Instant to) {
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

    private Map<String, AttributeValue> get(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("Bookings")).key(key).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? null : item;
    }
}
