package io.cita.application.port.in;

import io.cita.domain.booking.Channel;
import java.time.Instant;
import java.util.List;

/**
 * Book a service at a start for a known client ({@code clientId}) or a client described by {@code client}
 * (found by phone or e-mail, or created), optionally converting a hold.
 */
public record BookCommand(String tenantId, String serviceId, Instant start, List<String> resourceIds, String holdId,
                          String clientId, ClientDetails client, int seats, String notes, Channel channel,
                          Actor actor) {
}
