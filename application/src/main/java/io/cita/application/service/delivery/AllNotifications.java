package io.cita.application.service.delivery;

import io.cita.application.port.out.OutboxEvent;
import io.cita.domain.delivery.Delivery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The deliveries to people of every kind a batch of events asks for: to clients, and to staff members. */
public record AllNotifications(List<Notifications> kinds) implements Notifications {
    public AllNotifications {
        kinds = List.copyOf(kinds);
    }

    @Override
    public List<Delivery> forEvents(List<OutboxEvent> events, Instant now) {
        List<Delivery> deliveries = new ArrayList<>();
        kinds.forEach(kind -> deliveries.addAll(kind.forEvents(events, now)));
        return deliveries;
    }
}
