package io.cita.adapters.dynamodb;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.catalog.ResourceRequirement;
import io.cita.domain.catalog.Service;
import io.cita.domain.plan.Limit;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.shared.Money;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Services in seed 000's Services table (PK TENANT#id, SK SERVICE#id; GSI1 by normalised name). Seed items without
 * Cita's attributes read with defaults: the tenant's currency, one STAFF requirement, a grid of the duration.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoCatalogServices implements CatalogServices {
    private final DynamoStore store;
    private final DynamoTenants tenants;

    public DynamoCatalogServices(DynamoStore store, DynamoTenants tenants) {
        this.store = store;
        this.tenants = tenants;
    }

    @Override
    public boolean create(Service service, Limit activeLimit, AuditRecord audit) {
        return CountedWrites.create(store, "Services", item(service), service.tenantId(), "SERVICES", service.active(),
                activeLimit, audit);
    }

    @Override
    public boolean update(Service service, Limit activeLimit, AuditRecord audit) {
        return CountedWrites.update(store, "Services", key(service.tenantId(), service.id()),
                current -> withCreatedAt(item(service), current), service.tenantId(), "SERVICES", service.active(),
                activeLimit, audit);
    }

    @Override
    public Optional<Service> find(String tenantId, String serviceId) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("Services")).key(key(tenantId, serviceId)).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(map(item));
    }

    @Override
    public Page<Service> list(String tenantId, PageRequest page) {
        return DynamoPages.query(store, QueryRequest.builder().tableName(store.table("Services"))
                .keyConditionExpression("PK = :pk AND begins_with(SK, :service)")
                .expressionAttributeValues(Map.of(":pk", Attrs.s(DynamoTenants.pk(tenantId)), ":service",
                        Attrs.s("SERVICE#"))).build(), page, List.of("PK", "SK"), this::map);
    }

    static Map<String, AttributeValue> key(String tenantId, String serviceId) {
        return Attrs.key(DynamoTenants.pk(tenantId), "SERVICE#" + serviceId);
    }

    private static Map<String, AttributeValue> withCreatedAt(Map<String, AttributeValue> item,
                                                             Map<String, AttributeValue> current) {
        if (current.containsKey("createdAt")) {
            item.put("createdAt", current.get("createdAt"));
        }
        return item;
    }

    private static Map<String, AttributeValue> item(Service service) {
        Map<String, AttributeValue> item = new HashMap<>(key(service.tenantId(), service.id()));
        item.put("tenantId", Attrs.s(service.tenantId()));
        item.put("serviceId", Attrs.s(service.id()));
        item.put("name", Attrs.s(service.name()));
        Attrs.putIfPresent(item, "description", service.description());
        Attrs.putIfPresent(item, "categoryId", service.categoryId());
        item.put("durationMinutes", Attrs.n(service.durationMinutes()));
        item.put("bufferBeforeMinutes", Attrs.n(service.bufferBeforeMinutes()));
        item.put("bufferAfterMinutes", Attrs.n(service.bufferAfterMinutes()));
        item.put("slotIntervalMinutes", Attrs.n(service.slotIntervalMinutes()));
        item.put("price", Attrs.n(service.price().amount()));
        item.put("currency", Attrs.s(service.price().currency()));
        item.put("capacity", Attrs.n(service.capacity()));
        item.put("minNoticeMinutes", Attrs.n(service.minNoticeMinutes()));
        item.put("maxAdvanceDays", Attrs.n(service.maxAdvanceDays()));
        item.put("cancellationNoticeHours", Attrs.n(service.cancellationNoticeHours()));
        item.put("requiresConfirmation", Attrs.bool(service.requiresConfirmation()));
        item.put("active", Attrs.bool(service.active()));
        List<AttributeValue> requirements = new ArrayList<>();
        for (ResourceRequirement requirement : service.requirements()) {
            requirements.add(AttributeValue.fromM(Map.of("resourceType", Attrs.s(requirement.type().name()),
                    "resourceIds", Attrs.strings(requirement.eligibleResourceIds()))));
        }
        item.put("requirements", AttributeValue.fromL(requirements));
        item.put("GSI1PK", Attrs.s(DynamoTenants.pk(service.tenantId())));
        item.put("GSI1SK", Attrs.s("NAME#" + normalized(service.name())));
        String now = Attrs.exact(Instant.now());
        item.put("createdAt", Attrs.s(now));
        item.put("updatedAt", Attrs.s(now));
        return item;
    }

    /** Lower case, without accents, words joined by hyphens: "Limpieza Facial" → "limpieza-facial". */
    static String normalized(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .trim().replaceAll("[^a-z0-9]+", "-");
    }

    private Service map(Map<String, AttributeValue> item) {
        String tenantId = Attrs.str(item, "tenantId");
        String currency = Attrs.str(item, "currency");
        if (currency == null) {
            currency = tenants.find(tenantId).map(tenant -> tenant.currency()).orElse("EUR");
        }
        int duration = (int) Attrs.num(item, "durationMinutes", 60);
        List<ResourceRequirement> requirements = new ArrayList<>();
        AttributeValue stored = item.get("requirements");
        if (stored != null && stored.hasL()) {
            for (AttributeValue requirement : stored.l()) {
                requirements.add(new ResourceRequirement(ResourceType.valueOf(requirement.m().get("resourceType").s()),
                        Attrs.list(requirement.m(), "resourceIds")));
            }
        } else {
            requirements.add(new ResourceRequirement(ResourceType.STAFF, List.of()));
        }
        return new Service(Attrs.str(item, "serviceId"), tenantId, Attrs.str(item, "categoryId"),
                Attrs.str(item, "name"), Attrs.str(item, "description"), duration,
                (int) Attrs.num(item, "bufferBeforeMinutes", 0), (int) Attrs.num(item, "bufferAfterMinutes", 0),
                (int) Attrs.num(item, "slotIntervalMinutes", Math.min(duration, 1440)),
                new Money(Attrs.num(item, "price", 0), currency), (int) Attrs.num(item, "capacity", 1),
                (int) Attrs.num(item, "minNoticeMinutes", 0), (int) Attrs.num(item, "maxAdvanceDays", 60),
                (int) Attrs.num(item, "cancellationNoticeHours", 24), Attrs.flag(item, "requiresConfirmation", false),
                Attrs.flag(item, "active", true), requirements);
    }
}
