package io.cita.adapters.dynamodb;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.NotificationTemplates;
import io.cita.domain.notification.MessageTemplate;
import io.cita.domain.notification.NotificationKind;
import io.cita.domain.tenant.Language;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** A tenant's own notification templates as items of its Tenants partition (SK TEMPLATE#kind#language). */
@Singleton
@Requires(env = "dynamodb")
public class DynamoNotificationTemplates implements NotificationTemplates {
    private final DynamoStore store;

    public DynamoNotificationTemplates(DynamoStore store) {
        this.store = store;
    }

    private static Map<String, AttributeValue> key(String tenantId, NotificationKind kind, Language language) {
        return Attrs.key(DynamoTenants.pk(tenantId), "TEMPLATE#" + kind.name() + "#" + language.name());
    }

    @Override
    public Optional<MessageTemplate> find(String tenantId, NotificationKind kind, Language language) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(request -> request
                .tableName(store.table("Tenants")).key(key(tenantId, kind, language)).consistentRead(true))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(map(item).template());
    }

    @Override
    public void save(String tenantId, Language language, MessageTemplate template, AuditRecord audit) {
        Map<String, AttributeValue> item = new HashMap<>(key(tenantId, template.kind(), language));
        item.put("kind", Attrs.s(template.kind().name()));
        item.put("language", Attrs.s(language.name()));
        item.put("subject", Attrs.s(template.subject()));
        item.put("body", Attrs.s(template.body()));
        DynamoAuditLog.writeWith(store, TransactWriteItem.builder().put(Put.builder().tableName(store.table("Tenants"))
                .item(item).build()).build(), audit);
    }

    @Override
    public boolean delete(String tenantId, NotificationKind kind, Language language, AuditRecord audit) {
        return DynamoAuditLog.writeWith(store, TransactWriteItem.builder().delete(Delete.builder()
                .tableName(store.table("Tenants")).key(key(tenantId, kind, language))
                .conditionExpression("attribute_exists(PK)").build()).build(), audit);
    }

    @Override
    public List<Stored> list(String tenantId) {
        return store.call(() -> store.client().query(QueryRequest.builder().tableName(store.table("Tenants"))
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)").consistentRead(true)
                .expressionAttributeValues(Map.of(":pk", Attrs.s(DynamoTenants.pk(tenantId)), ":prefix",
                        Attrs.s("TEMPLATE#"))).build())).items().stream().map(DynamoNotificationTemplates::map)
                .toList();
    }

    private static Stored map(Map<String, AttributeValue> item) {
        return new Stored(Language.valueOf(Attrs.str(item, "language")), new MessageTemplate(
                NotificationKind.valueOf(Attrs.str(item, "kind")), Attrs.str(item, "subject"),
                Attrs.str(item, "body")));
    }
}
