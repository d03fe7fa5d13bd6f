package io.cita.adapters.dynamodb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** Consistent BatchGetItem reads: a hundred keys per call, unprocessed keys asked again. */
final class BatchReads {
    static final int BATCH = 100;

    private BatchReads() {
    }

    /** The items found under these keys, by {@link #id} of their key; missing ones are absent. */
    static Map<String, Map<String, AttributeValue>> consistent(DynamoStore store, String table,
                                                               List<Map<String, AttributeValue>> keys) {
        Map<String, Map<String, AttributeValue>> found = new HashMap<>();
        for (int offset = 0; offset < keys.size(); offset += BATCH) {
            found.putAll(consistent(store, Map.of(table, keys.subList(offset, Math.min(keys.size(), offset + BATCH))))
                    .getOrDefault(table, Map.of()));
        }
        return found;
    }

    /**
     * The items found under these keys of several tables (at most a hundred keys in all) in one call: by table, then
     * by {@link #id} of their key; missing ones are absent.
     */
    static Map<String, Map<String, Map<String, AttributeValue>>> consistent(
            DynamoStore store, Map<String, List<Map<String, AttributeValue>>> keysByTable) {
        Map<String, String> tableOf = new HashMap<>();
        Map<String, KeysAndAttributes> pending = new HashMap<>();
        keysByTable.forEach((table, keys) -> {
            tableOf.put(store.table(table), table);
            pending.put(store.table(table), KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
        });
        Map<String, Map<String, Map<String, AttributeValue>>> found = new HashMap<>();
        Map<String, KeysAndAttributes> request = pending;
        while (!request.isEmpty()) {
            Map<String, KeysAndAttributes> asked = request;
            BatchGetItemResponse response = store.call(() -> store.client().batchGetItem(
                    BatchGetItemRequest.builder().requestItems(asked).build()));
            response.responses().forEach((name, items) -> items.forEach(item ->
                    found.computeIfAbsent(tableOf.get(name), table -> new HashMap<>()).put(id(item), item)));
            request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
        return found;
    }

    /** "PK|SK" of a key or an item. */
    static String id(Map<String, AttributeValue> keyOrItem) {
        return Attrs.str(keyOrItem, "PK") + "|" + Attrs.str(keyOrItem, "SK");
    }
}
