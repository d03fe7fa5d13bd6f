package io.cita.application.port.query;

import java.util.List;

/** One page of a list and the opaque cursor of the next, or null at the end. */
public record Page<T>(List<T> items, String nextCursor) {
    public Page {
        items = List.copyOf(items);
    }
}
