package io.cita.application.port.in;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.DeliveryStatus;

/** A tenant's delivery log, and replaying one delivery. */
public interface ReadDeliveriesUseCase {
    Page<Delivery> list(String tenantId, DeliveryStatus status, DeliveryChannel channel, PageRequest page);

    /** Queues the delivery again, due at once, whatever became of it. */
    Delivery replay(String tenantId, String deliveryId, Actor actor);
}
