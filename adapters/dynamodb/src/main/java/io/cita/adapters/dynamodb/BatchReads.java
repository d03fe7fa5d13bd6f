package io.cita.adapters.dynamodb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** Consistent BatchGetItem reads of one table: a hundred keys per call, unprocessed keys asked again. */
final class BatchReads {
    static final int BATCH = 100;

    private BatchReads() {
    }

    /** The items found under these keys, by {@link #id} of their key; missing ones are absent. */
    static Map<String, Map<String, AttributeValue>> consistent(DynamoStore store, String table,
                                                               List<Map<String, AttributeValue>> keys) {
        Map<String, Map<String, AttributeValue>> found = new HashMap<>();
        String name = store.table(table);
        for (int offset = 0; offset < keys.size(); offset += BATCH) {
            Map<String, KeysAndAttributes> pending = Map.of(name, KeysAndAttributes.builder()
                    .keys(keys.subList(offset, Math.min(keys.size(), offset + BATCH))).consistentRead(true).build());
            while (!pending.isEmpty()) {
                Map<String, KeysAndAttributes> request = pending;
                BatchGetItemResponse response = store.call(() -> store.client().batchGetItem(
                        BatchGetItemRequest.builder().requestItems(request).build()));
                response.responses().getOrDefault(name, List.of()).forEach(item -> found.put(id(item), item));
                pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return found;
    }

    /** "PK|SK" of a key or an item. */
    static String id(Map<String, AttributeValue> keyOrItem) {
        return Attrs.str(keyOrItem, "PK") + "|" + Attrs.str(keyOrItem, "SK");
    }
}
