package io.cita.adapters.rest.controller;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.query.PageRequest;

/** Reads the limit and cursor query parameters of a list. */
final class Paging {
    private Paging() {
    }

    static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
        if (size < 1 || size > 200) {
            throw new InvalidRequestException("limit", "must be between 1 and 200");
        }
        if (cursor != null && (cursor.isEmpty() || cursor.length() > 400)) {
            throw new InvalidRequestException("cursor", "is not valid");
        }
        return new PageRequest(size, cursor);
    }
}
