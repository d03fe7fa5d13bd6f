package io.cita.adapters.dynamodb;

import io.cita.application.port.query.BookingFilter;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.booking.Booking;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Lists a tenant's bookings through GSI3 (tenantId, datetime): the time window as the key condition (widened by the
 * longest booking, so one that started before {@code from} and runs into it is found), the rest as filters.
 */
final class BookingQueries {
    private static final Duration LONGEST_BOOKING = Duration.ofDays(1);
    private final DynamoStore store;
    private final BookingReads reads;

    BookingQueries(DynamoStore store, BookingReads reads) {
        this.store = store;
        this.reads = reads;
    }

    Page<Booking> list(BookingFilter filter, PageRequest page) {
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
        List<String> filters = filters(filter, values, names);
        QueryRequest.Builder query = QueryRequest.builder().tableName(store.table("Bookings")).indexName("GSI3")
                .keyConditionExpression(keyCondition).expressionAttributeValues(values);
        if (!names.isEmpty()) {
            query.expressionAttributeNames(names);
        }
        if (!filters.isEmpty()) {
            query.filterExpression(String.join(" AND ", filters));
        }
        return DynamoPages.query(store, query.build(), page, List.of("tenantId", "datetime", "PK", "SK"), reads::map,
                booking -> filter.from() == null || booking.time().end().isAfter(filter.from()));
    }

    private static List<String> filters(BookingFilter filter, Map<String, AttributeValue> values,
                                        Map<String, String> names) {
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
        return filters;
    }
}
