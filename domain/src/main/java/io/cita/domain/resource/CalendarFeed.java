package io.cita.domain.resource;

import java.time.Instant;
import java.util.Objects;

/**
 * A resource's private calendar feed: calendar apps subscribe to {@code /ics/<id>_<secret>.ics}; only the secret's
 * hash is kept. One per resource; making a new one revokes the old.
 */
public record CalendarFeed(String id, String tenantId, String resourceId, String secretHash, Instant createdAt) {
    public CalendarFeed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
