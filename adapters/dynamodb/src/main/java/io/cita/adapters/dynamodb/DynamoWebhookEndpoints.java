package io.cita.adapters.dynamodb;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.WebhookEndpoints;
import io.cita.domain.delivery.EventType;
import io.cita.domain.delivery.WebhookEndpoint;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** A tenant's webhook endpoints as items of its Tenants partition (PK TENANT#t, SK WEBHOOK#id). */
@Singleton
@Requires(env = "dynamodb")
public class DynamoWebhookEndpoints implements WebhookEndpoints {
    private final DynamoStore store;

    public DynamoWebhookEndpoints(DynamoStore store) {
        this.store = store;
    }

    @Override
    public void save(WebhookEndpoint e, AuditRecord audit) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key(DynamoTenants.pk(e.tenantId()),
                "WEBHOOK#" + e.id()));
        item.put("endpointId", Attrs.s(e.id()));
        item.put("tenantId", Attrs.s(e.tenantId()));
        item.put("url", Attrs.s(e.url()));
        item.put("eventTypes", Attrs.strings(e.eventTypes().stream().map(EventType::wireName).sorted().toList()));
        item.put("secret", Attrs.s(e.secret()));
        Attrs.putIfPresent(item, "previousSecret", e.previousSecret());
        Attrs.putIfPresent(item, "previousSecretUntil", Attrs.exact(e.previousSecretUntil()));
        item.put("enabled", Attrs.bool(e.enabled()));
        Attrs.putIfPresent(item, "disabledReason", e.disabledReason());
        item.put("createdAt", Attrs.s(Attrs.exact(e.createdAt())));
        DynamoAuditLog.writeWith(store, TransactWriteItem.builder().put(Put.builder().tableName(store.table("Tenants"))
                .item(item).build()).build(), audit);
    }

    @Override
    public Optional<WebhookEndpoint> find(String tenantId, String endpointId) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(request -> request
                .tableName(store.table("Tenants")).key(Attrs.key(DynamoTenants.pk(tenantId), "WEBHOOK#" + endpointId))
                .consistentRead(true))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(map(item));
    }

    @Override
    public List<WebhookEndpoint> list(String tenantId) {
        return store.call(() -> store.client().query(QueryRequest.builder().tableName(store.table("Tenants"))
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)").consistentRead(true)
                .expressionAttributeValues(Map.of(":pk", Attrs.s(DynamoTenants.pk(tenantId)), ":prefix",
                        Attrs.s("WEBHOOK#"))).build())).items().stream().map(DynamoWebhookEndpoints::map)
                .sorted(Comparator.comparing(WebhookEndpoint::createdAt).thenComparing(WebhookEndpoint::id)).toList();
    }

    private static WebhookEndpoint map(Map<String, AttributeValue> item) {
        return new WebhookEndpoint(Attrs.str(item, "endpointId"), Attrs.str(item, "tenantId"), Attrs.str(item, "url"),
                Attrs.list(item, "eventTypes").stream().map(name -> EventType.fromWire(name).orElseThrow())
                        .collect(Collectors.toSet()), Attrs.str(item, "secret"), Attrs.str(item, "previousSecret"),
                Attrs.instant(item, "previousSecretUntil"), Attrs.flag(item, "enabled", true),
                Attrs.str(item, "disabledReason"), Attrs.instant(item, "createdAt"));
    }
}
