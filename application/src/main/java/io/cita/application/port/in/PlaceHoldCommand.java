package io.cita.application.port.in;

import java.time.Instant;
import java.util.List;

/** Reserve a slot for a few minutes while a customer confirms. */
public record PlaceHoldCommand(String tenantId, String serviceId, Instant start, List<String> resourceIds, int seats,
                               Actor actor) {
}
