package io.cita.adapters.dynamodb;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Resources;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.plan.Limit;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Resources of every type in seed 000's Providers table (PK TENANT#id, SK PROVIDER#id), with a {@code type}
 * attribute (seed items, which lack it, are STAFF). GSI1 indexes the first offered service, as seed 000 does.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoResources implements Resources {
    private final DynamoStore store;

    public DynamoResources(DynamoStore store) {
        this.store = store;
    }

    @Override
    public boolean create(Resource resource, Limit activeLimit, AuditRecord audit) {
        return CountedWrites.create(store, "Providers", item(resource), resource.tenantId(), "RESOURCES",
                resource.active(), activeLimit, audit);
    }

    @Override
    public boolean update(Resource resource, Limit activeLimit, AuditRecord audit) {
        return CountedWrites.update(store, "Providers", key(resource.tenantId(), resource.id()), current -> {
            Map<String, AttributeValue> item = item(resource);
            if (current.containsKey("createdAt")) {
                item.put("createdAt", current.get("createdAt"));
            }
            if (current.containsKey("bio")) {
                item.put("bio", current.get("bio"));
            }
            return item;
        }, resource.tenantId(), "RESOURCES", resource.active(), activeLimit, audit);
    }

    @Override
    public Optional<Resource> find(String tenantId, String resourceId) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("Providers")).key(key(tenantId, resourceId)).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(map(item));
    }

    @Override
    public Page<Resource> list(String tenantId, PageRequest page) {
        return DynamoPages.query(store, query(tenantId), page, List.of("PK", "SK"), DynamoResources::map);
    }

    @Override
    public List<Resource> active(String tenantId) {
        return store.call(() -> store.client().queryPaginator(query(tenantId).toBuilder().consistentRead(true).build())
                .items().stream().map(DynamoResources::map).filter(Resource::active).toList());
    }

    private QueryRequest query(String tenantId) {
        return QueryRequest.builder().tableName(store.table("Providers"))
                .keyConditionExpression("PK = :pk AND begins_with(SK, :provider)")
                .expressionAttributeValues(Map.of(":pk", Attrs.s(DynamoTenants.pk(tenantId)),
                        ":provider", Attrs.s("PROVIDER#"))).build();
    }

    static Map<String, AttributeValue> key(String tenantId, String resourceId) {
        return Attrs.key(DynamoTenants.pk(tenantId), "PROVIDER#" + resourceId);
    }

    private static Map<String, AttributeValue> item(Resource resource) {
        Map<String, AttributeValue> item = new HashMap<>(key(resource.tenantId(), resource.id()));
        item.put("tenantId", Attrs.s(resource.tenantId()));
        item.put("providerId", Attrs.s(resource.id()));
        item.put("name", Attrs.s(resource.name()));
        item.put("type", Attrs.s(resource.type().name()));
        item.put("serviceIds", Attrs.strings(resource.serviceIds().stream().sorted().toList()));
        item.put("timezone", Attrs.s(resource.timezone().getId()));
        item.put("active", Attrs.bool(resource.active()));
        resource.serviceIds().stream().sorted().findFirst().ifPresent(first -> {
            item.put("GSI1PK", Attrs.s(DynamoTenants.pk(resource.tenantId()) + "#SERVICE#" + first));
            item.put("GSI1SK", Attrs.s("PROVIDER#" + resource.id()));
        });
        String now = Attrs.exact(Instant.now());
        item.put("createdAt", Attrs.s(now));
        item.put("updatedAt", Attrs.s(now));
        return item;
    }

    private static Resource map(Map<String, AttributeValue> item) {
        String type = Attrs.str(item, "type");
        String zone = Attrs.str(item, "timezone");
        return new Resource(Attrs.str(item, "providerId"), Attrs.str(item, "tenantId"), Attrs.str(item, "name"),
                type == null ? ResourceType.STAFF : ResourceType.valueOf(type),
                ZoneId.of(zone == null ? "UTC" : zone), new HashSet<>(Attrs.list(item, "serviceIds")),
                Attrs.flag(item, "active", true));
    }
}
