package io.cita.application.port.in;

import io.cita.application.port.query.VersionedTenant;
import java.time.Instant;

/**
 * Whether {@code start} can be booked for a service (on one resource when given), and why not. {@code
 * authorizedTenant}, when not null, is the tenant as read with the request's authorization.
 */
public record ExplainQuery(String tenantId, String serviceId, Instant start, String resourceId,
                           VersionedTenant authorizedTenant) {
    /** The same query, starting from the tenant as read when its request was authorized (null: none). */
    public ExplainQuery withAuthorizedTenant(VersionedTenant tenant) {
        return new ExplainQuery(tenantId, serviceId, start, resourceId, tenant);
    }
}
