package io.cita.adapters.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The tenant's catalog version (attribute catalogVersion of its META#TENANT item, absent = 0): every write to its
 * services, resources, weekly rules and exceptions adds this item to its own transaction, so the version moves
 * exactly when the catalog does (docs/dynamodb.md).
 */
final class CatalogVersions {
    static final String ATTRIBUTE = "catalogVersion";

    private CatalogVersions() {
    }

    /** +1 on the tenant's item; refused if the tenant does not exist, so no stub tenant item is ever created. */
    static TransactWriteItem raise(DynamoStore store, String tenantId) {
        return TransactWriteItem.builder().update(Update.builder().tableName(store.table("Tenants"))
                .key(Attrs.key(DynamoTenants.pk(tenantId), DynamoTenants.META))
                .updateExpression("ADD " + ATTRIBUTE + " :one").conditionExpression("attribute_exists(PK)")
                .expressionAttributeValues(Map.of(":one", Attrs.n(1))).build()).build();
    }

    static long of(Map<String, AttributeValue> tenantItem) {
        AttributeValue value = tenantItem.get(ATTRIBUTE);
        return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
    }
}
