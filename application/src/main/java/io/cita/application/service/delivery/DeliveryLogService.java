package io.cita.application.service.delivery;

import io.cita.application.error.NotFoundException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ReadDeliveriesUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Deliveries;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.DeliveryStatus;

/** A tenant's delivery log, and replays: a dead, failed or delivered delivery queued again, due at once. */
public class DeliveryLogService implements ReadDeliveriesUseCase {
    private final Deliveries deliveries;
    private final ClockPort clock;

    public DeliveryLogService(Deliveries deliveries, ClockPort clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Override
    public Page<Delivery> list(String tenantId, DeliveryStatus status, DeliveryChannel channel, PageRequest page) {
        return deliveries.list(tenantId, status, channel, page);
    }

    @Override
    public Delivery replay(String tenantId, String deliveryId, Actor actor) {
        Delivery delivery = deliveries.find(tenantId, deliveryId)
                .orElseThrow(() -> new NotFoundException("delivery", deliveryId));
        Delivery replayed = delivery.replayed(clock.now());
        deliveries.save(replayed);
        return replayed;
    }
}
