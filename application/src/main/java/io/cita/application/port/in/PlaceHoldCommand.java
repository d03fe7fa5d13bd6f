package io.cita.application.port.in;

import io.cita.application.port.query.VersionedTenant;
import java.time.Instant;
import java.util.List;

/**
 * Reserve a slot for a few minutes while a customer confirms. {@code authorizedTenant}, when not null, is the tenant
 * as read with the request's authorization, which the hold starts from instead of reading it again.
 */
public record PlaceHoldCommand(String tenantId, String serviceId, Instant start, List<String> resourceIds, int seats,
                               Actor actor, VersionedTenant authorizedTenant) {
    /** Seats below one are refused, never read as one. */
    public PlaceHoldCommand {
        SeatCount.check(seats);
    }

    /** A command whose hold reads the tenant itself. */
    public PlaceHoldCommand(String tenantId, String serviceId, Instant start, List<String> resourceIds, int seats,
                            Actor actor) {
        this(tenantId, serviceId, start, resourceIds, seats, actor, null);
    }

    /** The same command, starting from the tenant as read when its request was authorized (null: none). */
    public PlaceHoldCommand withAuthorizedTenant(VersionedTenant tenant) {
        return new PlaceHoldCommand(tenantId, serviceId, start, resourceIds, seats, actor, tenant);
    }
}
