package io.cita.application.port.query;

import io.cita.application.error.InvalidRequestException;

/** How many items to return (1-200) and where to go on from (null for the start). */
public record PageRequest(int limit, String cursor) {
    public static final int DEFAULT_LIMIT = 50;

    public PageRequest {
        if (limit < 1 || limit > 200) {
            throw new InvalidRequestException("limit", "must be between 1 and 200");
        }
    }
}
