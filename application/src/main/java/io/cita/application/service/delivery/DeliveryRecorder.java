package io.cita.application.service.delivery;

import io.cita.application.port.out.Deliveries;
import io.cita.application.port.out.DeliveryMetrics;
import io.cita.domain.delivery.Delivery;
import java.time.Instant;

/** Saves each step of a delivery and counts where it ended up. */
record DeliveryRecorder(Deliveries deliveries, DeliveryMetrics metrics) {
    /** Marks the delivery SENDING (one more attempt), saved before the provider is called. */
    Delivery sending(Delivery delivery, Instant now) {
        Delivery sending = delivery.sending(now);
        deliveries.save(sending);
        return sending;
    }

    void record(Delivery delivery) {
        deliveries.save(delivery);
        metrics.recorded(delivery.channel(), delivery.status());
    }
}
