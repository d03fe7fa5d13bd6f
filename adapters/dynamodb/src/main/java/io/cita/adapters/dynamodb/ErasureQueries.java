package io.cita.adapters.dynamodb;

import io.cita.domain.client.Erasure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The reads and writes of an erasure on DynamoDB: every item of a partition (or index key) that a filter picks, and
 * the rewrite of an item's text attributes with the client's mentions redacted.
 */
final class ErasureQueries {
    private final DynamoStore store;
    private final Erasure erasure;

    ErasureQueries(DynamoStore store, Erasure erasure) {
        this.store = store;
        this.erasure = erasure;
    }

    /**
     * Hands {@code each} every item of {@code table} (or of its {@code index}, when not null) under the key condition
     * that passes the filter (null: every item), all pages; the values are the key condition's and the filter's.
     */
    void forEach(String table, String index, String keyCondition, String filter, Map<String, AttributeValue> values,
                 Consumer<Map<String, AttributeValue>> each) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(store.table(table)).indexName(index)
                .keyConditionExpression(keyCondition).filterExpression(filter).expressionAttributeValues(values);
        store.call(() -> store.client().queryPaginator(query.build())).items().forEach(each);
    }

    /**
     * Redacts the client's mentions in {@code attributes} of every item in the partition {@code pk} whose sort key
     * begins with {@code prefix}.
     */
    void redactPartition(String table, String pk, String prefix, List<String> attributes) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", Attrs.s(pk), ":prefix", Attrs.s(prefix)));
        String filter = mentioning(attributes, values);
        if (filter != null) {
            forEach(table, null, "PK = :pk AND begins_with(SK, :prefix)", filter, values,
                    item -> redact(table, item, attributes));
        }
    }

    /** A filter passing items whose {@code attributes} contain one of the client's needles, its values added. */
    String mentioning(List<String> attributes, Map<String, AttributeValue> values) {
        List<String> tests = new ArrayList<>();
        List<String> needles = erasure.needles();
        for (int n = 0; n < needles.size(); n++) {
            values.put(":n" + n, Attrs.s(needles.get(n)));
            for (String attribute : attributes) {
                tests.add("contains(" + attribute + ", :n" + n + ")");
            }
        }
        return tests.isEmpty() ? null : String.join(" OR ", tests);
    }

    /** {@code text} of a record of the client's own, with their contacts and names redacted. */
    String theirs(String text) {
        return erasure.redactTheirs(text);
    }

    /** Rewrites the item's {@code attributes} that mention the client, by its key (PK, SK). */
    void redact(String table, Map<String, AttributeValue> item, List<String> attributes) {
        Map<String, AttributeValue> changes = new HashMap<>();
        for (String attribute : attributes) {
            String text = Attrs.str(item, attribute);
            if (erasure.mentions(text)) {
                changes.put(attribute, Attrs.s(erasure.redact(text)));
            }
        }
        if (!changes.isEmpty()) {
            update(table, item, changes, List.of());
        }
    }

    /** Sets {@code changes} and removes {@code removals} on the item with the key (PK, SK) of {@code item}. */
    void update(String table, Map<String, AttributeValue> item, Map<String, AttributeValue> changes,
                List<String> removals) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> sets = new ArrayList<>();
        changes.forEach((attribute, value) -> {
            names.put("#" + attribute, attribute);
            values.put(":" + attribute, value);
            sets.add("#" + attribute + " = :" + attribute);
        });
        List<String> removes = new ArrayList<>();
        removals.forEach(attribute -> {
            names.put("#" + attribute, attribute);
            removes.add("#" + attribute);
        });
        String expression = (sets.isEmpty() ? "" : "SET " + String.join(", ", sets))
                + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes));
        try {
            store.call(() -> store.client().updateItem(UpdateItemRequest.builder().tableName(store.table(table))
                    .key(Attrs.key(Attrs.str(item, "PK"), Attrs.str(item, "SK"))).updateExpression(expression.strip())
                    .expressionAttributeNames(names).expressionAttributeValues(values.isEmpty() ? null : values)
                    .conditionExpression("attribute_exists(PK)").build()));
        } catch (ConditionalCheckFailedException gone) {
            // removed since it was read (an expired hold's, a claimed event's): nothing of the client is left in it
        }
    }

    /** Deletes the item with this key if {@code tenantId} is the tenant it names: another business's stays. */
    void deleteOwned(String table, Map<String, AttributeValue> key, String tenantId) {
        try {
            store.call(() -> store.client().deleteItem(DeleteItemRequest.builder().tableName(store.table(table))
                    .key(key).conditionExpression("tenantId = :t")
                    .expressionAttributeValues(Map.of(":t", Attrs.s(tenantId))).build()));
        } catch (ConditionalCheckFailedException notOurs) {
            // absent, or another business's since
        }
    }
}
