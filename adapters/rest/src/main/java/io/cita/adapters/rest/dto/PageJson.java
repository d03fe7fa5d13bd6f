package io.cita.adapters.rest.dto;

import io.cita.application.port.query.Page;
import java.util.List;
import java.util.function.Function;

/** A page of a list on the wire: items and the cursor of the next page (null at the end). */
public record PageJson<T>(List<T> items, String nextCursor) {
    public static <D, T> PageJson<T> from(Page<D> page, Function<D, T> mapper) {
        return new PageJson<>(page.items().stream().map(mapper).toList(), page.nextCursor());
    }
}
