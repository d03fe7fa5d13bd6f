package io.cita.adapters.postgres;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Keyset pagination over a tenant's rows: by id, or newest first by a key that orders them. */
final class Pages {
    private Pages() {
    }

    /** Runs {@code select} (which ends in a WHERE clause) with "AND id > cursor ORDER BY id LIMIT n+1". */
    static <T> Page<T> byId(Connection connection, Sql.Row<T> row, Function<T, String> id, String select,
                            PageRequest page, Object... params) {
        String after = Cursors.decode(page.cursor());
        List<Object> all = new ArrayList<>(Arrays.asList(params));
        String sql = select;
        if (after != null) {
            sql += " AND id > ?";
            all.add(after);
        }
        sql += " ORDER BY id LIMIT ?";
        all.add(page.limit() + 1);
        List<T> items = Sql.query(connection, row, sql, all.toArray());
        return slice(items, page.limit(), last -> Cursors.encode(id.apply(last)));
    }

    /**
     * Runs {@code select} (which ends in a WHERE clause) newest first: "AND key < cursor ORDER BY key DESC LIMIT n+1",
     * where {@code key} is a column that orders the rows as text and {@code keyOf} gives a row's.
     */
    static <T> Page<T> newestFirst(Connection connection, Sql.Row<T> row, String key, Function<T, String> keyOf,
                                   String select, PageRequest page, Object... params) {
        String before = Cursors.decode(page.cursor());
        List<Object> all = new ArrayList<>(Arrays.asList(params));
        String sql = select;
        if (before != null) {
            sql += " AND " + key + " < ?";
            all.add(before);
        }
        sql += " ORDER BY " + key + " DESC LIMIT ?";
        all.add(page.limit() + 1);
        List<T> items = Sql.query(connection, row, sql, all.toArray());
        return slice(items, page.limit(), last -> Cursors.encode(keyOf.apply(last)));
    }

    static <T> Page<T> slice(List<T> items, int limit, Function<T, String> cursorOf) {
        if (items.size() <= limit) {
            return new Page<>(items, null);
        }
        List<T> pageItems = items.subList(0, limit);
        return new Page<>(pageItems, cursorOf.apply(pageItems.get(limit - 1)));
    }
}
