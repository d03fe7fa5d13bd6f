package io.cita.adapters.dynamodb;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Categories;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.catalog.Category;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Categories in seed 000's Categories table, keyed simply by tenantId and categoryId. */
@Singleton
@Requires(env = "dynamodb")
public class DynamoCategories implements Categories {
    private final DynamoStore store;

    public DynamoCategories(DynamoStore store) {
        this.store = store;
    }

    @Override
    public void create(Category category, AuditRecord audit) {
        if (!put(category, "attribute_not_exists(categoryId)", audit)) {
            throw new IllegalStateException("category " + category.id() + " already exists");
        }
    }

    @Override
    public void update(Category category, AuditRecord audit) {
        put(category, "attribute_exists(categoryId)", audit);
    }

    /** Puts the category with its audit entry; false, writing neither, when the condition on it fails. */
    private boolean put(Category category, String condition, AuditRecord audit) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("tenantId", Attrs.s(category.tenantId()));
        item.put("categoryId", Attrs.s(category.id()));
        item.put("name", Attrs.s(category.name()));
        Attrs.putIfPresent(item, "description", category.description());
        item.put("isActive", Attrs.bool(category.active()));
        item.put("displayOrder", Attrs.n(category.sortOrder()));
        item.put("updatedAt", Attrs.s(Attrs.exact(Instant.now())));
        return DynamoAuditLog.writeWith(store, TransactWriteItem.builder().put(Put.builder()
                .tableName(store.table("Categories")).item(item).conditionExpression(condition).build()).build(),
                audit);
    }

    @Override
    public Optional<Category> find(String tenantId, String categoryId) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("Categories"))
                .key(Map.of("tenantId", Attrs.s(tenantId), "categoryId", Attrs.s(categoryId)))
                .consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(map(item));
    }

    @Override
    public Page<Category> list(String tenantId, PageRequest page) {
        return DynamoPages.query(store, QueryRequest.builder().tableName(store.table("Categories"))
                        .keyConditionExpression("tenantId = :t").expressionAttributeValues(Map.of(":t", Attrs.s(tenantId)))
                        .build(), page, List.of("tenantId", "categoryId"), DynamoCategories::map);
    }

    private static Category map(Map<String, AttributeValue> item) {
        return new Category(Attrs.str(item, "categoryId"), Attrs.str(item, "tenantId"), Attrs.str(item, "name"),
                Attrs.str(item, "description"), (int) Attrs.num(item, "displayOrder", 0),
                Attrs.flag(item, "isActive", true));
    }
}
