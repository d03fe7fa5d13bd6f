package io.cita.benchmarks;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * After a crash, looks for half-written bookings of one tenant straight in the DynamoDB tables: a live booking item
 * without its slot-lock entry or its id pointer, and a slot-lock entry of a booking that has no booking item.
 */
final class DynamoConsistency {
    private DynamoConsistency() {
    }

    static void check(URI endpoint, String prefix, String tenantId) {
        try (DynamoDbClient dynamo = LocalDynamoDb.client(endpoint)) {
            Set<String> locked = new HashSet<>();
            dynamo.scanPaginator(ScanRequest.builder().tableName(prefix + "SlotLocks").consistentRead(true)
                    .filterExpression("tenantId = :t").expressionAttributeValues(Map.of(":t", s(tenantId))).build())
                    .items().forEach(day -> day.get("entries").l().forEach(entry -> {
                        String owner = entry.m().get("owner").s();
                        if (owner.startsWith("bkg_")) {
                            locked.add(owner);
                        }
                    }));
            Set<String> booked = new HashSet<>();
            int withoutLock = 0;
            int withoutPointer = 0;
            for (Map<String, AttributeValue> item : dynamo.queryPaginator(QueryRequest.builder()
                    .tableName(prefix + "Bookings").indexName("GSI3").keyConditionExpression("tenantId = :t")
                    .expressionAttributeValues(Map.of(":t", s(tenantId))).build()).items()) {
                String id = item.get("bookingId").s();
                booked.add(id);
                boolean live = List.of("PENDING", "CONFIRMED").contains(item.get("status").s());
                if (live && !locked.contains(id)) {
                    withoutLock++;
                }
                Map<String, AttributeValue> pointer = dynamo.getItem(GetItemRequest.builder()
                        .tableName(prefix + "Bookings").consistentRead(true)
                        .key(Map.of("PK", s("TENANT#" + tenantId + "#BOOKING#" + id), "SK", s("META#BOOKING")))
                        .build()).item();
                if (pointer == null || pointer.isEmpty()) {
                    withoutPointer++;
                }
            }
            Set<String> orphanLocks = new HashSet<>(locked);
            orphanLocks.removeAll(booked);
            System.out.printf("DynamoDB half-written: %d bookings, %d live ones without their slot-lock entry, %d without"
                            + " their id pointer, %d slot-lock entries without a booking%n", booked.size(), withoutLock,
                    withoutPointer, orphanLocks.size());
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
