package io.cita.adapters.dynamodb;

import io.cita.application.port.out.Page;
import io.cita.application.port.out.PageRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Cursor pagination over a Query, with the same answers as PostgreSQL's keyset pages: exactly {@code limit} items
 * and a cursor when more exist, null on the last page. It reads one item ahead (looping past filtered-out items)
 * and makes the cursor from the key of the last item returned.
 */
final class DynamoPages {
    private DynamoPages() {
    }

    static <T> Page<T> query(DynamoStore store, QueryRequest base, PageRequest page, List<String> keyNames,
                             Function<Map<String, AttributeValue>, T> mapper) {
        return query(store, base, page, keyNames, mapper, item -> true);
    }

    /** The same, keeping only mapped items that pass {@code keep} (for what a filter expression cannot say). */
    static <T> Page<T> query(DynamoStore store, QueryRequest base, PageRequest page, List<String> keyNames,
                             Function<Map<String, AttributeValue>, T> mapper, Predicate<T> keep) {
        List<Map<String, AttributeValue>> raw = new ArrayList<>();
        List<T> items = new ArrayList<>();
        Map<String, AttributeValue> start = DynamoCursors.decode(page.cursor());
        do {
            QueryRequest request = base.toBuilder().exclusiveStartKey(start)
                    .limit(page.limit() + 1 - items.size()).build();
            QueryResponse response = store.call(() -> store.client().query(request));
            for (Map<String, AttributeValue> item : response.items()) {
                T mapped = mapper.apply(item);
                if (keep.test(mapped)) {
                    raw.add(item);
                    items.add(mapped);
                }
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (items.size() <= page.limit() && start != null);
        if (items.size() <= page.limit()) {
            return new Page<>(items, null);
        }
        Map<String, AttributeValue> last = raw.get(page.limit() - 1);
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        keyNames.forEach(name -> key.put(name, last.get(name)));
        return new Page<>(items.subList(0, page.limit()), DynamoCursors.encode(key));
    }
}
