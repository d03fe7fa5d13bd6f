package io.cita.application.port.in;

import io.cita.domain.booking.Channel;
import java.util.Map;
import java.util.Objects;

/**
 * One tool call of an agent at a tenant: the tool, its arguments as parsed JSON, the caller's phone number when the
 * channel knows it (a phone call does; it then identifies the customer and outranks a phone given as an argument),
 * the channel bookings are made through, and the actor the audit log names.
 */
public record AgentCall(String tenantId, String tool, Map<String, Object> arguments, String callerPhone,
                        Channel channel, Actor actor) {
    public AgentCall {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(actor, "actor");
        arguments = arguments == null ? Map.of() : arguments;
    }
}
