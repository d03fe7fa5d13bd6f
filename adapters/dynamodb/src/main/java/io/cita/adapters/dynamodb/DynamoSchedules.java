package io.cita.adapters.dynamodb;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Schedules;
import io.cita.domain.schedule.ExceptionKind;
import io.cita.domain.schedule.ScheduleException;
import io.cita.domain.schedule.WeeklyRule;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Weekly rules in seed 000's ProviderAvailability (PK TENANT#t#PROVIDER#p, SK RULE#n, dayOfWeek "MON" and a list
 * of timeRanges) and exceptions in BookingExceptions (SK EXCEPTION#date#id; seed items with allDay or timeRanges
 * read as blocked dates or blocked times). Every write raises the tenant's catalog version in its transaction.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoSchedules implements Schedules {
    private final DynamoStore store;

    public DynamoSchedules(DynamoStore store) {
        this.store = store;
    }

    static String pk(String tenantId, String resourceId) {
        return DynamoTenants.pk(tenantId) + "#PROVIDER#" + resourceId;
    }

    @Override
    public void replaceWeeklyRules(String tenantId, String resourceId, List<WeeklyRule> rules, AuditRecord audit) {
        List<TransactWriteItem> writes = new ArrayList<>();
        List<String> newKeys = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            newKeys.add(String.format("RULE#%03d", i));
        }
        for (Map<String, AttributeValue> existing : query("ProviderAvailability", tenantId, resourceId, "RULE#")) {
            if (!newKeys.contains(Attrs.str(existing, "SK"))) {
                writes.add(TransactWriteItem.builder().delete(Delete.builder()
                        .tableName(store.table("ProviderAvailability"))
                        .key(Attrs.key(Attrs.str(existing, "PK"), Attrs.str(existing, "SK"))).build()).build());
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            writes.add(TransactWriteItem.builder().put(Put.builder().tableName(store.table("ProviderAvailability"))
                    .item(rule(tenantId, resourceId, newKeys.get(i), rules.get(i))).build()).build());
        }
        if (!writes.isEmpty() || audit != null) {
            writes.add(CatalogVersions.raise(store, tenantId));
            DynamoAuditLog.addTo(writes, store, audit);
            if (Transactions.write(store, writes) != null) {
                throw new IllegalStateException("replacing the weekly rules of " + resourceId + " failed");
            }
        }
    }

    private static Map<String, AttributeValue> rule(String tenantId, String resourceId, String sk, WeeklyRule rule) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key(pk(tenantId, resourceId), sk));
        item.put("tenantId", Attrs.s(tenantId));
        item.put("providerId", Attrs.s(resourceId));
        item.put("ruleId", Attrs.s(sk.substring("RULE#".length())));
        item.put("dayOfWeek", Attrs.s(rule.dayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                .toUpperCase(Locale.ROOT)));
        item.put("timeRanges", AttributeValue.fromL(List.of(range(rule.start(), rule.end()))));
        Attrs.putIfPresent(item, "effectiveFrom", rule.effectiveFrom());
        Attrs.putIfPresent(item, "effectiveUntil", rule.effectiveUntil());
        item.put("updatedAt", Attrs.s(Attrs.exact(Instant.now())));
        return item;
    }

    private static AttributeValue range(LocalTime start, LocalTime end) {
        return AttributeValue.fromM(Map.of("start", Attrs.s(start.toString()), "end", Attrs.s(end.toString())));
    }

    @Override
    public List<WeeklyRule> weeklyRules(String tenantId, String resourceId) {
        List<WeeklyRule> rules = new ArrayList<>();
        for (Map<String, AttributeValue> item : query("ProviderAvailability", tenantId, resourceId, "RULE#")) {
            DayOfWeek day = day(Attrs.str(item, "dayOfWeek"));
            for (AttributeValue range : item.get("timeRanges").l()) {
                rules.add(new WeeklyRule(day, LocalTime.parse(range.m().get("start").s()),
                        LocalTime.parse(range.m().get("end").s()), Attrs.date(item, "effectiveFrom"),
                        Attrs.date(item, "effectiveUntil")));
            }
        }
        return rules;
    }

    private static DayOfWeek day(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(upper.substring(0, Math.min(3, upper.length())))) {
                return day;
            }
        }
        throw new IllegalStateException("unknown dayOfWeek " + value);
    }

    @Override
    public void addException(String tenantId, ScheduleException exception, AuditRecord audit) {
        LocalDate date = exception.date() != null ? exception.date()
                : LocalDate.ofInstant(exception.from(), ZoneOffset.UTC);
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key(pk(tenantId, exception.resourceId()),
                "EXCEPTION#" + date + "#" + exception.id()));
        item.put("tenantId", Attrs.s(tenantId));
        item.put("providerId", Attrs.s(exception.resourceId()));
        item.put("exceptionId", Attrs.s(exception.id()));
        item.put("kind", Attrs.s(exception.kind().name()));
        item.put("date", Attrs.s(date.toString()));
        item.put("allDay", Attrs.bool(exception.kind() == ExceptionKind.BLOCK_DATE));
        item.put("timeRanges", AttributeValue.fromL(exception.start() == null ? List.of()
                : List.of(range(exception.start(), exception.end()))));
        Attrs.putIfPresent(item, "from", Attrs.exact(exception.from()));
        Attrs.putIfPresent(item, "until", Attrs.exact(exception.until()));
        Attrs.putIfPresent(item, "reason", exception.reason());
        item.put("createdAt", Attrs.s(Attrs.exact(Instant.now())));
        List<TransactWriteItem> writes = new ArrayList<>(List.of(TransactWriteItem.builder().put(Put.builder()
                .tableName(store.table("BookingExceptions")).item(item).build()).build(),
                CatalogVersions.raise(store, tenantId)));
        DynamoAuditLog.addTo(writes, store, audit);
        if (Transactions.write(store, writes) != null) {
            throw new IllegalStateException("adding exception " + exception.id() + " failed");
        }
    }

    @Override
    public List<ScheduleException> exceptions(String tenantId, String resourceId) {
        List<ScheduleException> result = new ArrayList<>();
        for (Map<String, AttributeValue> item : query("BookingExceptions", tenantId, resourceId, "EXCEPTION#")) {
            result.addAll(map(item, resourceId));
        }
        result.sort(Comparator.comparing(ScheduleException::id));
        return result;
    }

    @Override
    public boolean deleteException(String tenantId, String resourceId, String exceptionId, AuditRecord audit) {
        for (Map<String, AttributeValue> item : query("BookingExceptions", tenantId, resourceId, "EXCEPTION#")) {
            if (map(item, resourceId).stream().anyMatch(exception -> exception.id().equals(exceptionId))) {
                List<TransactWriteItem> writes = new ArrayList<>(List.of(TransactWriteItem.builder().delete(
                        Delete.builder().tableName(store.table("BookingExceptions"))
                                .key(Attrs.key(Attrs.str(item, "PK"), Attrs.str(item, "SK")))
                                .conditionExpression("attribute_exists(PK)").build()).build(),
                        CatalogVersions.raise(store, tenantId)));
                DynamoAuditLog.addTo(writes, store, audit);
                return Transactions.writeIfFirstConditionHolds(store, writes);
            }
        }
        return false;
    }

    /** One item is one exception, except a seed item with several time ranges, which blocks each of them. */
    private static List<ScheduleException> map(Map<String, AttributeValue> item, String resourceId) {
        String sk = Attrs.str(item, "SK");
        String id = Attrs.str(item, "exceptionId") != null ? Attrs.str(item, "exceptionId")
                : sk.substring("EXCEPTION#".length());
        String kind = Attrs.str(item, "kind");
        LocalDate date = Attrs.date(item, "date");
        String reason = Attrs.str(item, "reason");
        if (kind != null) {
            List<AttributeValue> ranges = item.get("timeRanges").l();
            LocalTime start = ranges.isEmpty() ? null : LocalTime.parse(ranges.get(0).m().get("start").s());
            LocalTime end = ranges.isEmpty() ? null : LocalTime.parse(ranges.get(0).m().get("end").s());
            ExceptionKind exceptionKind = ExceptionKind.valueOf(kind);
            return List.of(new ScheduleException(id, resourceId, exceptionKind,
                    exceptionKind == ExceptionKind.BLOCK_INSTANTS ? null : date, start, end,
                    Attrs.instant(item, "from"), Attrs.instant(item, "until"), reason));
        }
        List<AttributeValue> ranges = item.containsKey("timeRanges") ? item.get("timeRanges").l() : List.of();
        if (Attrs.flag(item, "allDay", ranges.isEmpty()) || ranges.isEmpty()) {
            return List.of(new ScheduleException(id, resourceId, ExceptionKind.BLOCK_DATE, date, null, null, null, null,
                    reason));
        }
        List<ScheduleException> blocks = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            blocks.add(new ScheduleException(ranges.size() == 1 ? id : id + "." + i, resourceId,
                    ExceptionKind.BLOCK_TIMES, date, LocalTime.parse(ranges.get(i).m().get("start").s()),
                    LocalTime.parse(ranges.get(i).m().get("end").s()), null, null, reason));
        }
        return blocks;
    }

    private List<Map<String, AttributeValue>> query(String table, String tenantId, String resourceId, String prefix) {
        return store.call(() -> store.client().queryPaginator(QueryRequest.builder().tableName(store.table(table))
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                .expressionAttributeValues(Map.of(":pk", Attrs.s(pk(tenantId, resourceId)), ":prefix", Attrs.s(prefix)))
                .consistentRead(true).build()).items().stream().toList());
    }
}
