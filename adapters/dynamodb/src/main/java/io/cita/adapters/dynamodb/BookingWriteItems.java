package io.cita.adapters.dynamodb;

import io.cita.domain.booking.Booking;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The items a booking write puts beside the booking: its id pointer and reference claim, the converted hold's
 * deletion, the outbox event, and the version condition that makes a change of a stale booking fail.
 */
final class BookingWriteItems {
    private BookingWriteItems() {
    }

    static TransactWriteItem put(DynamoStore store, String table, Map<String, AttributeValue> item, String condition) {
        return TransactWriteItem.builder().put(Put.builder().tableName(store.table(table)).item(item)
                .conditionExpression(condition).build()).build();
    }

    /** PK {@code TENANT#t#BOOKING#id}: where the booking's main item is, since its key moves with its time. */
    static Map<String, AttributeValue> pointer(Booking booking, Map<String, AttributeValue> main) {
        Map<String, AttributeValue> item = new HashMap<>(pointerKey(booking.tenantId(), booking.id()));
        item.put("mainPK", main.get("PK"));
        item.put("mainSK", main.get("SK"));
        return item;
    }

    static Map<String, AttributeValue> pointerKey(String tenantId, String bookingId) {
        return Attrs.key(DynamoTenants.pk(tenantId) + "#BOOKING#" + bookingId, "META#BOOKING");
    }

    /** PK {@code TENANT#t#REF#reference}: a reference is the tenant's once. */
    static Map<String, AttributeValue> referenceClaim(Booking booking) {
        Map<String, AttributeValue> item = new HashMap<>(referenceKey(booking.tenantId(), booking.reference()));
        item.put("bookingRef", Attrs.s(booking.id()));
        return item;
    }

    static Map<String, AttributeValue> referenceKey(String tenantId, String reference) {
        return Attrs.key(DynamoTenants.pk(tenantId) + "#REF#" + reference, "META#REF");
    }

    /** Deletes the hold a booking converts, failing when it expired or is gone. */
    static TransactWriteItem convertHold(DynamoStore store, String tenantId, String holdId, Instant now) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(store.table("Holds"))
                .key(Attrs.key(DynamoTenants.pk(tenantId), "HOLD#" + holdId))
                .conditionExpression("attribute_exists(PK) AND expiresAtMillis > :now")
                .expressionAttributeValues(Map.of(":now", Attrs.n(now.toEpochMilli()))).build()).build();
    }

    /**
     * The outbox: every change of a booking as an event in the same transaction as the change, pending (in GSI1, see
     * {@link DynamoOutboxEvents}) until the dispatcher has queued its deliveries.
     */
    static TransactWriteItem event(DynamoStore store, Booking booking, String type) {
        return DynamoOutboxEvents.put(store, booking.tenantId(), booking.id(), booking.version(), type,
                booking.status().name(), booking.updatedAt());
    }

    /** The condition that the stored item still has {@code version} (seed items have none), its values added. */
    static String versionIs(Map<String, AttributeValue> current, long version, Map<String, AttributeValue> values) {
        if (!current.containsKey("version")) {
            return "attribute_exists(PK) AND attribute_not_exists(version)";
        }
        values.put(":prev", Attrs.n(version));
        return "version = :prev";
    }
}
