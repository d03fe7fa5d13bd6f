package io.cita.adapters.dynamodb;

import io.cita.domain.availability.Occupation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The slot locks: one SlotLocks item per resource and UTC day (PK TENANT#t#RESOURCE#r, SK DAY#yyyy-mm-dd) listing
 * the live occupations of that resource on that day, with a version. A booking or hold rewrites every day item
 * its buffered interval touches, conditioned on the versions it read, in the same TransactWriteItems as the
 * booking: two writers of one resource-day can never both commit, and the overlap check against what was read is
 * exact, like PostgreSQL's exclusion constraint. Expired holds are dropped whenever an item is rewritten.
 */
final class OccupationLedger {
    private final DynamoStore store;

    OccupationLedger(DynamoStore store) {
        this.store = store;
    }

    /** One occupation in a day item: an owner (booking or hold) on one resource. */
    record Entry(String owner, String serviceId, Instant bookingStart, Instant start, Instant end, String session,
                 int seats, Long expiresAtMillis) {
        boolean liveAt(Instant now) {
            return expiresAtMillis == null || expiresAtMillis > now.toEpochMilli();
        }

        boolean overlaps(Instant from, Instant to) {
            return start.isBefore(to) && from.isBefore(end);
        }
    }

    /** One resource-day item as read: its version (0 when it does not exist yet) and entries. */
    record Day(String tenantId, String resourceId, LocalDate date, long version, List<Entry> entries) {
    }

    static List<LocalDate> days(Instant start, Instant end) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate last = LocalDate.ofInstant(end.minusMillis(1), ZoneOffset.UTC);
        for (LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC); !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    /** The day items of these resources over {@code from..to}, read consistently, a hundred keys per batch. */
    List<Day> read(String tenantId, Collection<String> resourceIds, Instant from, Instant to) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (String resourceId : new LinkedHashSet<>(resourceIds)) {
            for (LocalDate date : days(from, to)) {
                keys.add(key(tenantId, resourceId, date));
            }
        }
        Map<String, Map<String, AttributeValue>> found = BatchReads.consistent(store, "SlotLocks", keys);
        List<Day> result = new ArrayList<>();
        for (Map<String, AttributeValue> key : keys) {
            String pk = Attrs.str(key, "PK");
            String sk = Attrs.str(key, "SK");
            result.add(day(tenantId, pk.substring(pk.indexOf("#RESOURCE#") + "#RESOURCE#".length()),
                    LocalDate.parse(sk.substring("DAY#".length())), found.get(BatchReads.id(key))));
        }
        return result;
    }

    private static Day day(String tenantId, String resourceId, LocalDate date, Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return new Day(tenantId, resourceId, date, 0, List.of());
        }
        List<Entry> entries = new ArrayList<>();
        for (AttributeValue value : item.get("entries").l()) {
            Map<String, AttributeValue> m = value.m();
            entries.add(new Entry(Attrs.str(m, "owner"), Attrs.str(m, "serviceId"), Attrs.instant(m, "bookingStart"),
                    Attrs.instant(m, "start"), Attrs.instant(m, "end"), Attrs.str(m, "session"),
                    (int) Attrs.num(m, "seats", 1), m.containsKey("expiresAtMillis") ? Attrs.num(m, "expiresAtMillis", 0)
                    : null));
        }
        return new Day(tenantId, resourceId, date, Attrs.num(item, "version", 0), entries);
    }

    private static Map<String, AttributeValue> key(String tenantId, String resourceId, LocalDate date) {
        return Attrs.key(DynamoTenants.pk(tenantId) + "#RESOURCE#" + resourceId, "DAY#" + date);
    }

    /** The live occupations of {@code days} overlapping {@code from..to}, one per owner and resource. */
    static List<Occupation> occupations(List<Day> days, Instant from, Instant to, Instant now) {
        Map<String, Occupation> unique = new HashMap<>();
        for (Day day : days) {
            for (Entry entry : day.entries()) {
                if (entry.liveAt(now) && entry.overlaps(from, to)) {
                    unique.putIfAbsent(entry.owner() + "|" + day.resourceId(), new Occupation(entry.owner(),
                            day.resourceId(), entry.serviceId(), entry.bookingStart(), entry.start(), entry.end(),
                            entry.seats()));
                }
            }
        }
        return new ArrayList<>(unique.values());
    }

    /**
     * Whether {@code resourceIds} can take an occupation of {@code from..to} in {@code session} for {@code seats}
     * under {@code capacity}, ignoring entries of {@code ignoredOwners}: no live entry of another session overlaps,
     * and the session's seats on the first resource still fit.
     */
    static boolean fits(List<Day> days, List<String> resourceIds, Instant from, Instant to, String session, int seats,
                        int capacity, Instant now, Collection<String> ignoredOwners) {
        Map<String, Integer> seatsByOwner = new HashMap<>();
        for (Day day : days) {
            if (!resourceIds.contains(day.resourceId())) {
                continue;
            }
            for (Entry entry : day.entries()) {
                if (!entry.liveAt(now) || ignoredOwners.contains(entry.owner()) || !entry.overlaps(from, to)) {
                    continue;
                }
                if (!entry.session().equals(session)) {
                    return false;
                }
                if (day.resourceId().equals(resourceIds.get(0))) {
                    seatsByOwner.put(entry.owner(), entry.seats());
                }
            }
        }
        int taken = seatsByOwner.values().stream().mapToInt(Integer::intValue).sum();
        return capacity <= 1 || taken + seats <= capacity;
    }

    /**
     * The write of a day item: its live entries without those of {@code removedOwners}, plus {@code added} where it
     * touches this day, conditioned on the version read.
     */
    TransactWriteItem rewrite(Day day, Collection<String> removedOwners, List<Entry> added, Instant now) {
        List<AttributeValue> entries = new ArrayList<>();
        for (Entry entry : day.entries()) {
            if (entry.liveAt(now) && !removedOwners.contains(entry.owner())) {
                entries.add(value(entry));
            }
        }
        Instant dayStart = day.date().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant dayEnd = day.date().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (Entry entry : added) {
            if (entry.overlaps(dayStart, dayEnd)) {
                entries.add(value(entry));
            }
        }
        Map<String, AttributeValue> item = new HashMap<>(key(day.tenantId(), day.resourceId(), day.date()));
        item.put("tenantId", Attrs.s(day.tenantId()));
        item.put("resourceId", Attrs.s(day.resourceId()));
        item.put("version", Attrs.n(day.version() + 1));
        item.put("entries", AttributeValue.fromL(entries));
        Put.Builder put = Put.builder().tableName(store.table("SlotLocks")).item(item);
        if (day.version() == 0) {
            put.conditionExpression("attribute_not_exists(PK)");
        } else {
            put.conditionExpression("version = :v").expressionAttributeValues(Map.of(":v", Attrs.n(day.version())));
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    private static AttributeValue value(Entry entry) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("owner", Attrs.s(entry.owner()));
        m.put("serviceId", Attrs.s(entry.serviceId()));
        m.put("bookingStart", Attrs.s(Attrs.exact(entry.bookingStart())));
        m.put("start", Attrs.s(Attrs.exact(entry.start())));
        m.put("end", Attrs.s(Attrs.exact(entry.end())));
        m.put("session", Attrs.s(entry.session()));
        m.put("seats", Attrs.n(entry.seats()));
        if (entry.expiresAtMillis() != null) {
            m.put("expiresAtMillis", Attrs.n(entry.expiresAtMillis()));
        }
        return AttributeValue.fromM(m);
    }

    /** The entries an owner puts on each of its resources. */
    static List<Entry> entries(String owner, String serviceId, Instant bookingStart, Instant start, Instant end,
                               String session, int seats, Long expiresAtMillis) {
        return List.of(new Entry(owner, serviceId, bookingStart, start, end, session, seats, expiresAtMillis));
    }
}
