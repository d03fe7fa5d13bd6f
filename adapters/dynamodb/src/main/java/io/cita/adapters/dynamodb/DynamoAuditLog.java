package io.cita.adapters.dynamodb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cita.application.port.out.AuditLog;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.query.AuditEntry;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.client.Client;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.PhoneNumber;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** The audit log in an AuditLogs table (PK TENANT#id, SK AUDIT#id), read newest first. */
@Singleton
@Requires(env = "dynamodb")
public class DynamoAuditLog implements AuditLog {
    private static final ObjectMapper VALUES = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final DynamoStore store;

    public DynamoAuditLog(DynamoStore store) {
        this.store = store;
    }

    /** Adds the entry as one more item of the transaction of the change it describes; nothing for a null entry. */
    static void addTo(List<TransactWriteItem> items, DynamoStore store, AuditRecord audit) {
        if (audit != null) {
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(store.table("AuditLogs"))
                    .item(item(audit)).build()).build());
        }
    }

    /**
     * Writes one conditional change with its audit entry (null: none) in one TransactWriteItems; false, writing
     * neither, when the change's condition fails.
     */
    static boolean writeWith(DynamoStore store, TransactWriteItem change, AuditRecord audit) {
        List<TransactWriteItem> items = new ArrayList<>(List.of(change));
        addTo(items, store, audit);
        return Transactions.writeIfFirstConditionHolds(store, items);
    }

    /** The entry's item, for the transaction of the change it describes. */
    static Map<String, AttributeValue> item(AuditRecord audit) {
        AuditEntry entry = audit.entry();
        Object before = audit.before();
        Object after = audit.after();
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key(DynamoTenants.pk(entry.tenantId()),
                "AUDIT#" + entry.id()));
        item.put("auditId", Attrs.s(entry.id()));
        item.put("tenantId", Attrs.s(entry.tenantId()));
        item.put("actorType", Attrs.s(entry.actorType()));
        item.put("actorId", Attrs.s(entry.actorId()));
        item.put("action", Attrs.s(entry.action()));
        item.put("entityType", Attrs.s(entry.entityType()));
        Attrs.putIfPresent(item, "entityId", entry.entityId());
        Attrs.putIfPresent(item, "oldValues", render(before));
        Attrs.putIfPresent(item, "newValues", render(after));
        Attrs.putIfPresent(item, "ip", entry.ip());
        Attrs.putIfPresent(item, "userAgent", entry.userAgent());
        item.put("at", Attrs.s(Attrs.exact(entry.at())));
        return item;
    }

    private static String render(Object value) {
        try {
            return value == null ? null : VALUES.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    @Override
    public Page<AuditEntry> list(String tenantId, PageRequest page) {
        return DynamoPages.query(store, QueryRequest.builder().tableName(store.table("AuditLogs"))
                .keyConditionExpression("PK = :pk AND begins_with(SK, :audit)")
                .expressionAttributeValues(Map.of(":pk", Attrs.s(DynamoTenants.pk(tenantId)), ":audit", Attrs.s("AUDIT#")))
                .scanIndexForward(false).build(), page, List.of("PK", "SK"), DynamoAuditLog::entry);
    }

    /** The tenant's partition, filtered to the client: an entity's entries are not indexed on their own. */
    @Override
    public List<Client> clientAsRecorded(String tenantId, String clientId) {
        return store.call(() -> store.client().queryPaginator(QueryRequest.builder().tableName(store.table("AuditLogs"))
                .keyConditionExpression("PK = :pk AND begins_with(SK, :audit)")
                .filterExpression("entityType = :type AND entityId = :id")
                .expressionAttributeValues(Map.of(":pk", Attrs.s(DynamoTenants.pk(tenantId)), ":audit",
                        Attrs.s("AUDIT#"), ":type", Attrs.s("client"), ":id", Attrs.s(clientId))).build()))
                .items().stream().flatMap(item -> Stream.of(Attrs.str(item, "oldValues"), Attrs.str(item, "newValues")))
                .flatMap(values -> readClient(values).stream()).toList();
    }

    /** The client an audit value recorded (its names, e-mail and phone), or empty if it does not read as one. */
    private static Optional<Client> readClient(String json) {
        try {
            JsonNode client = json == null ? null : VALUES.readTree(json);
            return client == null || !client.hasNonNull("id") ? Optional.empty() : Optional.of(new Client(
                    client.path("id").asText(), client.path("tenantId").asText(), client.path("firstName").asText(),
                    client.path("lastName").textValue(), Optional.ofNullable(client.path("email").path("value")
                    .textValue()).map(EmailAddress::new).orElse(null), Optional.ofNullable(client.path("phone")
                    .path("value").textValue()).map(PhoneNumber::new).orElse(null), false));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static AuditEntry entry(Map<String, AttributeValue> item) {
        return new AuditEntry(Attrs.str(item, "auditId"), Attrs.str(item, "tenantId"), Attrs.str(item, "actorType"),
                Attrs.str(item, "actorId"), Attrs.str(item, "action"), Attrs.str(item, "entityType"),
                Attrs.str(item, "entityId"), Attrs.str(item, "oldValues"), Attrs.str(item, "newValues"),
                Attrs.str(item, "ip"), Attrs.str(item, "userAgent"), Attrs.instant(item, "at"));
    }
}
