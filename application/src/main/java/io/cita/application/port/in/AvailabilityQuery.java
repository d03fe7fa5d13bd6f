package io.cita.application.port.in;

import io.cita.application.port.query.VersionedTenant;
import java.time.LocalDate;

/**
 * Slots of a service on local dates {@code from..to} (inclusive, tenant zone, at most 62 days), optionally on one
 * resource. {@code authorizedTenant}, when not null, is the tenant as read with the request's authorization.
 */
public record AvailabilityQuery(String tenantId, String serviceId, LocalDate from, LocalDate to, String resourceId,
                                VersionedTenant authorizedTenant) {
    public static final int MAX_DAYS = 62;

    /** A query that reads the tenant itself. */
    public AvailabilityQuery(String tenantId, String serviceId, LocalDate from, LocalDate to, String resourceId) {
        this(tenantId, serviceId, from, to, resourceId, null);
    }

    /** The same query, starting from the tenant as read when its request was authorized (null: none). */
    public AvailabilityQuery withAuthorizedTenant(VersionedTenant tenant) {
        return new AvailabilityQuery(tenantId, serviceId, from, to, resourceId, tenant);
    }
}
