package io.cita.application.port.out;

import io.cita.domain.resource.CalendarFeed;
import java.util.Optional;

/** Outgoing persistence port of resources' calendar feeds: one per resource, found by its id from any tenant. */
public interface CalendarFeeds {
    /** Stores {@code feed} as its resource's feed, removing the one it had, with its audit entry, in one step. */
    void replace(CalendarFeed feed, AuditRecord audit);

    /** Removes a resource's feed with its audit entry; false when it had none. */
    boolean revoke(String tenantId, String resourceId, AuditRecord audit);

    Optional<CalendarFeed> find(String feedId);
}
