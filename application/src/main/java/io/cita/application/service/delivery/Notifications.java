package io.cita.application.service.delivery;

import io.cita.application.port.out.OutboxEvent;
import io.cita.domain.delivery.Delivery;
import java.time.Instant;
import java.util.List;

/** The deliveries to people (not to endpoints) that a batch of outbox events asks for. */
@FunctionalInterface
public interface Notifications {
    List<Delivery> forEvents(List<OutboxEvent> events, Instant now);
}
