package io.cita.adapters.dynamodb;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Cursor pagination over a Query or a Scan, with the same answers as PostgreSQL's keyset pages: exactly {@code limit} items
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
        return collect((start, wanted) -> {
            QueryRequest request = base.toBuilder().exclusiveStartKey(start).limit(wanted).build();
            QueryResponse response = store.call(() -> store.client().query(request));
            return new Batch(response.items(), response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null);
        }, page, keyNames, mapper, keep);
    }

    /** Cursor pagination over a Scan (its filter expression included), for the rare listing without a key. */
    static <T> Page<T> scan(DynamoStore store, ScanRequest base, PageRequest page, List<String> keyNames,
                            Function<Map<String, AttributeValue>, T> mapper) {
        return collect((start, wanted) -> {
            ScanRequest request = base.toBuilder().exclusiveStartKey(start).build();
            ScanResponse response = store.call(() -> store.client().scan(request));
            return new Batch(response.items(), response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null);
        }, page, keyNames, mapper, item -> true);
    }

    /** One read: the items and the key to go on from (null or empty at the end). */
    private record Batch(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastKey) {
    }

    /** Reads a batch from {@code start} (null for the beginning), asking for {@code wanted} more items. */
    @FunctionalInterface
    private interface Reader {
        Batch read(Map<String, AttributeValue> start, int wanted);
    }

    private static <T> Page<T> collect(Reader reader, PageRequest page, List<String> keyNames,
                                       Function<Map<String, AttributeValue>, T> mapper, Predicate<T> keep) {
        List<Map<String, AttributeValue>> raw = new ArrayList<>();
        List<T> items = new ArrayList<>();
        Map<String, AttributeValue> start = DynamoCursors.decode(page.cursor());
        do {
            Batch batch = reader.read(start, page.limit() + 1 - items.size());
            for (Map<String, AttributeValue> item : batch.items()) {
                T mapped = mapper.apply(item);
                if (keep.test(mapped)) {
                    raw.add(item);
                    items.add(mapped);
                }
            }
            start = batch.lastKey() != null && !batch.lastKey().isEmpty() ? batch.lastKey() : null;
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
