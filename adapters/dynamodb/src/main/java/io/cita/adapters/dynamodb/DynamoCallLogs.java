package io.cita.adapters.dynamodb;

import io.cita.application.port.out.CallLogs;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.voice.CallLog;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Call logs in the Tenants table under the tenant's partition ({@code CALL#<time-ordered id>}, listed newest first),
 * written in one transaction with a guard item per Vapi call id ({@code VAPICALL#<call id>}, so a redelivered report
 * writes nothing) and the month's TenantUsage counts ({@code voiceCalls}, {@code voiceSeconds}).
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoCallLogs implements CallLogs {
    private static final String TABLE = "Tenants";
    private final DynamoStore store;

    public DynamoCallLogs(DynamoStore store) {
        this.store = store;
    }

    @Override
    public boolean record(CallLog log, YearMonth period) {
        Map<String, AttributeValue> guard = new HashMap<>(Attrs.key(DynamoTenants.pk(log.tenantId()),
                "VAPICALL#" + log.callId()));
        guard.put("callLogId", Attrs.s(log.id()));
        Update usage = Update.builder().tableName(store.table("TenantUsage"))
                .key(TenantUsageItems.key(log.tenantId(), period))
                .updateExpression("ADD voiceCalls :one, voiceSeconds :s SET tenantId = :t, #period = :p")
                .expressionAttributeNames(Map.of("#period", "period"))
                .expressionAttributeValues(Map.of(":one", Attrs.n(1), ":s", Attrs.n(log.durationSeconds()),
                        ":t", Attrs.s(log.tenantId()), ":p", Attrs.s(period.toString()))).build();
        return Transactions.writeIfFirstConditionHolds(store, List.of(
                TransactWriteItem.builder().put(Put.builder().tableName(store.table(TABLE)).item(guard)
                        .conditionExpression("attribute_not_exists(PK)").build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(store.table(TABLE)).item(item(log)).build())
                        .build(),
                TransactWriteItem.builder().update(usage).build()));
    }

    @Override
    public Page<CallLog> list(String tenantId, PageRequest page) {
        QueryRequest query = QueryRequest.builder().tableName(store.table(TABLE))
                .keyConditionExpression("PK = :pk AND begins_with(SK, :call)")
                .expressionAttributeValues(Map.of(":pk", Attrs.s(DynamoTenants.pk(tenantId)), ":call",
                        Attrs.s("CALL#"))).scanIndexForward(false).consistentRead(true).build();
        return DynamoPages.query(store, query, page, List.of("PK", "SK"), DynamoCallLogs::map);
    }

    private static Map<String, AttributeValue> item(CallLog log) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key(DynamoTenants.pk(log.tenantId()),
                "CALL#" + log.id()));
        item.put("id", Attrs.s(log.id()));
        item.put("tenantId", Attrs.s(log.tenantId()));
        item.put("callId", Attrs.s(log.callId()));
        Attrs.putIfPresent(item, "callerPhone", log.callerPhone());
        item.put("startedAt", Attrs.s(Attrs.exact(log.startedAt())));
        Attrs.putIfPresent(item, "endedAt", Attrs.exact(log.endedAt()));
        item.put("durationSeconds", Attrs.n(log.durationSeconds()));
        Attrs.putIfPresent(item, "endedReason", log.endedReason());
        Attrs.putIfPresent(item, "transcript", log.transcript());
        Attrs.putIfPresent(item, "summary", log.summary());
        Attrs.putIfPresent(item, "structuredData", log.structuredData());
        if (log.costCents() != null) {
            item.put("costCents", Attrs.n(log.costCents()));
        }
        Attrs.putIfPresent(item, "bookingId", log.bookingId());
        Attrs.putIfPresent(item, "bookingError", log.bookingError());
        item.put("createdAt", Attrs.s(Attrs.exact(log.createdAt())));
        return item;
    }

    private static CallLog map(Map<String, AttributeValue> item) {
        return new CallLog(Attrs.str(item, "id"), Attrs.str(item, "tenantId"), Attrs.str(item, "callId"),
                Attrs.str(item, "callerPhone"), Attrs.instant(item, "startedAt"), Attrs.instant(item, "endedAt"),
                Attrs.num(item, "durationSeconds", 0), Attrs.str(item, "endedReason"), Attrs.str(item, "transcript"),
                Attrs.str(item, "summary"), Attrs.str(item, "structuredData"),
                item.containsKey("costCents") ? Attrs.num(item, "costCents", 0) : null, Attrs.str(item, "bookingId"),
                Attrs.str(item, "bookingError"), Attrs.instant(item, "createdAt"));
    }
}
