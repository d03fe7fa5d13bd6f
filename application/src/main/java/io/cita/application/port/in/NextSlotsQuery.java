package io.cita.application.port.in;

import io.cita.application.port.query.VersionedTenant;
import io.cita.domain.availability.PartOfDay;
import java.time.Instant;

/**
 * The next {@code count} bookable starts of a service from {@code after} (null: now) on, any day up to the service's
 * advance window, in {@code partOfDay} when given, on one resource when given. {@code authorizedTenant}, when not
 * null, is the tenant as read with the request's authorization.
 */
public record NextSlotsQuery(String tenantId, String serviceId, Instant after, int count, PartOfDay partOfDay,
                             String resourceId, VersionedTenant authorizedTenant) {
    /** How many starts are given when the caller does not say, and the most it may ask for. */
    public static final int DEFAULT_COUNT = 5;
    public static final int MAX_COUNT = 20;

    /** The same query, starting from the tenant as read when its request was authorized (null: none). */
    public NextSlotsQuery withAuthorizedTenant(VersionedTenant tenant) {
        return new NextSlotsQuery(tenantId, serviceId, after, count, partOfDay, resourceId, tenant);
    }
}
