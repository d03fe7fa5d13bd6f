package io.cita.application.port.in;

import io.cita.application.port.query.VersionedTenant;
import io.cita.domain.booking.Channel;
import java.time.Instant;
import java.util.List;

/**
 * Book a service at a start for a known client ({@code clientId}) or a client described by {@code client}
 * (found by phone or e-mail, or created), optionally converting a hold. {@code authorizedTenant}, when not null, is
 * the tenant as read in the same step as the request's authorization, which the booking starts from instead of
 * reading it again.
 */
public record BookCommand(String tenantId, String serviceId, Instant start, List<String> resourceIds, String holdId,
                          String clientId, ClientDetails client, int seats, String notes, Channel channel,
                          Actor actor, VersionedTenant authorizedTenant) {
    /** Seats below one are refused, never read as one. */
    public BookCommand {
        SeatCount.check(seats);
    }

    /** A command whose booking reads the tenant itself. */
    public BookCommand(String tenantId, String serviceId, Instant start, List<String> resourceIds, String holdId,
                       String clientId, ClientDetails client, int seats, String notes, Channel channel, Actor actor) {
        this(tenantId, serviceId, start, resourceIds, holdId, clientId, client, seats, notes, channel, actor, null);
    }

    /** The same command, starting from the tenant as read when its request was authorized (null: none). */
    public BookCommand withAuthorizedTenant(VersionedTenant tenant) {
        return new BookCommand(tenantId, serviceId, start, resourceIds, holdId, clientId, client, seats, notes, channel,
                actor, tenant);
    }
}
