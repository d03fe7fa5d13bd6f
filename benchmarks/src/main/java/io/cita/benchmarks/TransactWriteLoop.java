package io.cita.benchmarks;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The baseline of booking create on DynamoDB: a closed loop of raw SDK TransactWriteItems calls writing, for each
 * booking, the same seven items Cita's DynamoDB adapter writes (the resource-day slot-lock item with every entry of
 * that day so far, the booking, its id pointer, its reference claim, the month's usage counter under the plan's
 * limit, the outbox event, the audit entry with the booking as JSON), with the same keys, attributes and conditions,
 * on the same slots ({@link BookingThroughput#slot}). It knows every version it wrote, so it reads nothing first; a transaction that
 * conflicts on the shared usage counter is retried, as Cita retries it. ReturnConsumedCapacity TOTAL on each call.
 */
final class TransactWriteLoop {
    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final char[] REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int MONTHLY_LIMIT = 1_000_000;

    private TransactWriteLoop() {
    }

    static void run(URI endpoint, String tablePrefix, int clients, int seconds) throws Exception {
        DynamoDbClient dynamo = LocalDynamoDb.client(endpoint);
        Ids ids = new Ids();
        String tenantId = ids.next("ten_");
        String serviceId = ids.next("svc_");
        String resourceId = ids.next("res_");
        String clientId = ids.next("cli_");
        AtomicInteger written = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        DoubleAdder units = new DoubleAdder();
        LocalDate first = LocalDate.now(MADRID).plusDays(2);
        List<Map<LocalDate, List<AttributeValue>>> entriesByClientAndDay = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            entriesByClientAndDay.add(new HashMap<>());
        }
        ClosedLoop.Result result = ClosedLoop.run(clients, seconds, (client, k) -> {
            Instant start = BookingThroughput.slot(first, client, clients, k);
            Instant end = start.plusSeconds(900);
            LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC);
            List<AttributeValue> entries = entriesByClientAndDay.get(client).computeIfAbsent(day,
                    d -> new ArrayList<>());
            String bookingId = ids.next("bkg_");
            String reference = ids.reference();
            Instant now = Instant.now();
            entries.add(entry(bookingId, serviceId, start, end));
            List<TransactWriteItem> items = List.of(
                    slotLocks(tablePrefix, tenantId, resourceId, day, entries),
                    put(tablePrefix + "Bookings", booking(tenantId, bookingId, reference, serviceId, resourceId,
                            clientId, start, end, now), "attribute_not_exists(PK)"),
                    put(tablePrefix + "Bookings", pointer(tenantId, bookingId, resourceId, start),
                            "attribute_not_exists(PK)"),
                    put(tablePrefix + "Bookings", referenceClaim(tenantId, bookingId, reference),
                            "attribute_not_exists(PK)"),
                    countBooking(tablePrefix, tenantId, YearMonth.from(now.atZone(MADRID)), now),
                    event(tablePrefix, tenantId, bookingId, now),
                    audit(tablePrefix, ids.next("aud_"), tenantId, bookingId, reference, serviceId, resourceId,
                            clientId, start, end, now));
            while (true) {
                try {
                    TransactWriteItemsResponse response = dynamo.transactWriteItems(TransactWriteItemsRequest
                            .builder().transactItems(items).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                            .build());
                    response.consumedCapacity().forEach(used -> units.add(used.capacityUnits()));
                    break;
                } catch (TransactionCanceledException conflict) {
                    if (conflict.cancellationReasons().stream()
                            .anyMatch(reason -> "ConditionalCheckFailed".equals(reason.code()))) {
                        throw conflict;
                    }
                    conflicts.incrementAndGet();
                    Thread.sleep((long) (Math.random() * 5));
                }
            }
            written.incrementAndGet();
        });
        System.out.printf("raw TransactWriteItems: %d clients, %d bookings, %d conflicts retried, %.0f bookings/s,"
                        + " p50 %.2f ms, p99 %.2f ms, %.2f capacity units per booking%n", clients, written.get(),
                conflicts.get(), written.get() / result.seconds(), result.millisAt(50), result.millisAt(99),
                units.sum() / Math.max(1, written.get()));
        dynamo.close();
    }

    private static TransactWriteItem slotLocks(String prefix, String tenantId, String resourceId, LocalDate day,
                                               List<AttributeValue> entries) {
        long version = entries.size();
        Map<String, AttributeValue> item = new HashMap<>(key("TENANT#" + tenantId + "#RESOURCE#" + resourceId,
                "DAY#" + day));
        item.put("tenantId", s(tenantId));
        item.put("resourceId", s(resourceId));
        item.put("version", n(version));
        item.put("entries", AttributeValue.fromL(new ArrayList<>(entries)));
        Put.Builder put = Put.builder().tableName(prefix + "SlotLocks").item(item);
        if (version == 1) {
            put.conditionExpression("attribute_not_exists(PK)");
        } else {
            put.conditionExpression("version = :v").expressionAttributeValues(Map.of(":v", n(version - 1)));
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    private static AttributeValue entry(String bookingId, String serviceId, Instant start, Instant end) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("owner", s(bookingId));
        m.put("serviceId", s(serviceId));
        m.put("bookingStart", s(start.toString()));
        m.put("start", s(start.toString()));
        m.put("end", s(end.toString()));
        m.put("session", s(bookingId));
        m.put("seats", n(1));
        return AttributeValue.fromM(m);
    }

    private static Map<String, AttributeValue> booking(String tenantId, String bookingId, String reference,
                                                       String serviceId, String resourceId, String clientId,
                                                       Instant start, Instant end, Instant now) {
        ZonedDateTime local = start.atZone(MADRID);
        Map<String, AttributeValue> item = new HashMap<>(mainKey(tenantId, bookingId, resourceId, start));
        item.put("tenantId", s(tenantId));
        item.put("bookingId", s(bookingId));
        item.put("reference", s(reference));
        item.put("serviceId", s(serviceId));
        item.put("providerId", s(resourceId));
        item.put("resourceIds", AttributeValue.fromL(List.of(s(resourceId))));
        item.put("clientId", s(clientId));
        item.put("datetime", s(UTC_SECONDS.format(start)));
        item.put("endDatetime", s(UTC_SECONDS.format(end)));
        item.put("occupiedStart", s(UTC_SECONDS.format(start)));
        item.put("occupiedEnd", s(UTC_SECONDS.format(end)));
        item.put("seats", n(1));
        item.put("status", s("CONFIRMED"));
        item.put("channel", s("API"));
        item.put("price", n(1000));
        item.put("currency", s("EUR"));
        item.put("version", n(1));
        item.put("createdAt", s(now.toString()));
        item.put("updatedAt", s(now.toString()));
        item.put("GSI1PK", s("TENANT#" + tenantId + "#DATE#" + local.toLocalDate()));
        item.put("GSI1SK", s("BOOKING#" + TIME.format(local) + "#" + bookingId));
        return item;
    }

    private static Map<String, AttributeValue> mainKey(String tenantId, String bookingId, String resourceId,
                                                       Instant start) {
        ZonedDateTime local = start.atZone(MADRID);
        return key("TENANT#" + tenantId + "#PROVIDER#" + resourceId,
                "BOOKING#" + local.toLocalDate() + "#" + TIME.format(local) + "#" + bookingId);
    }

    private static Map<String, AttributeValue> pointer(String tenantId, String bookingId, String resourceId,
                                                       Instant start) {
        Map<String, AttributeValue> main = mainKey(tenantId, bookingId, resourceId, start);
        Map<String, AttributeValue> item = new HashMap<>(key("TENANT#" + tenantId + "#BOOKING#" + bookingId,
                "META#BOOKING"));
        item.put("mainPK", main.get("PK"));
        item.put("mainSK", main.get("SK"));
        return item;
    }

    private static Map<String, AttributeValue> referenceClaim(String tenantId, String bookingId, String reference) {
        Map<String, AttributeValue> item = new HashMap<>(key("TENANT#" + tenantId + "#REF#" + reference, "META#REF"));
        item.put("bookingRef", s(bookingId));
        return item;
    }

    private static TransactWriteItem countBooking(String prefix, String tenantId, YearMonth period, Instant now) {
        return TransactWriteItem.builder().update(Update.builder().tableName(prefix + "TenantUsage")
                .key(key("TENANT#" + tenantId, "USAGE#" + period))
                .updateExpression("ADD bookings :one SET tenantId = :t, #period = :p, updatedAt = :now")
                .conditionExpression("attribute_not_exists(bookings) OR bookings < :limit")
                .expressionAttributeNames(Map.of("#period", "period"))
                .expressionAttributeValues(Map.of(":one", n(1), ":t", s(tenantId), ":p", s(period.toString()),
                        ":now", s(now.toString()), ":limit", n(MONTHLY_LIMIT))).build()).build();
    }

    private static TransactWriteItem event(String prefix, String tenantId, String bookingId, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(key("TENANT#" + tenantId,
                "EVENT#" + now + "#" + bookingId + "#1"));
        item.put("tenantId", s(tenantId));
        item.put("bookingId", s(bookingId));
        item.put("type", s("created"));
        item.put("status", s("CONFIRMED"));
        item.put("occurredAt", s(now.toString()));
        return TransactWriteItem.builder().put(Put.builder().tableName(prefix + "Outbox").item(item).build()).build();
    }

    private static TransactWriteItem audit(String prefix, String auditId, String tenantId, String bookingId,
                                           String reference, String serviceId, String resourceId, String clientId,
                                           Instant start, Instant end, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(key("TENANT#" + tenantId, "AUDIT#" + auditId));
        item.put("auditId", s(auditId));
        item.put("tenantId", s(tenantId));
        item.put("actorType", s("USER"));
        item.put("actorId", s("usr_01KBENCHOWNER0000000000000"));
        item.put("action", s("booking.created"));
        item.put("entityType", s("booking"));
        item.put("entityId", s(bookingId));
        item.put("newValues", s(String.format("{\"id\":\"%s\",\"tenantId\":\"%s\",\"reference\":\"%s\","
                        + "\"serviceId\":\"%s\",\"resourceIds\":[\"%s\"],\"clientId\":\"%s\",\"time\":{\"start\":"
                        + "\"%s\",\"end\":\"%s\"},\"occupied\":{\"start\":\"%s\",\"end\":\"%s\"},\"seats\":1,"
                        + "\"status\":\"CONFIRMED\",\"channel\":\"API\",\"price\":{\"amount\":1000,\"currency\":"
                        + "\"EUR\"},\"notes\":null,\"cancellationReason\":null,\"version\":1,\"createdAt\":\"%s\","
                        + "\"updatedAt\":\"%s\"}", bookingId, tenantId, reference, serviceId, resourceId, clientId,
                start, end, start, end, now, now)));
        item.put("ip", s("127.0.0.1"));
        item.put("userAgent", s("Java-http-client/17.0.15"));
        item.put("at", s(now.toString()));
        return TransactWriteItem.builder().put(Put.builder().tableName(prefix + "AuditLogs").item(item).build()).build();
    }

    private static TransactWriteItem put(String table, Map<String, AttributeValue> item, String condition) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression(condition).build()).build();
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("PK", s(pk), "SK", s(sk));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    /** Ids shaped like Cita's (a prefix and 26 characters) and 8-character references. */
    private static final class Ids {
        private final SecureRandom random = new SecureRandom();

        String next(String prefix) {
            return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 26).toUpperCase();
        }

        String reference() {
            char[] reference = new char[8];
            for (int i = 0; i < reference.length; i++) {
                reference[i] = REFERENCE_ALPHABET[random.nextInt(REFERENCE_ALPHABET.length)];
            }
            return new String(reference);
        }
    }
}
