package io.cita.application.service.delivery;

import io.cita.application.port.out.Deliveries;
import io.cita.application.port.out.DeliveryMetrics;
import io.cita.domain.delivery.Delivery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves a claimed batch's steps in two writes: every delivery of the batch marked SENDING (one more attempt) before
 * any provider is called, and every outcome once the batch is through; it counts where each ended up. A crash
 * between the two leaves the batch SENDING, taken over after the lease and counted as possible duplicates: the
 * only duplicate possible is still a call the provider accepted before its outcome was saved.
 */
final class DeliveryRecorder {
    private final Deliveries deliveries;
    private final DeliveryMetrics metrics;
    private final List<Delivery> outcomes = new ArrayList<>();

    DeliveryRecorder(Deliveries deliveries, DeliveryMetrics metrics) {
        this.deliveries = deliveries;
        this.metrics = metrics;
    }

    /** Marks the whole batch SENDING, saved before any provider is called. */
    void begin(List<Delivery> batch, Instant now) {
        deliveries.saveAll(batch.stream().map(delivery -> delivery.sending(now)).toList());
    }

    /** The delivery as marked SENDING when the batch began. */
    Delivery sending(Delivery delivery, Instant now) {
        return delivery.sending(now);
    }

    /** A delivery's outcome, saved with the batch's at {@link #finish}. */
    void record(Delivery delivery) {
        outcomes.add(delivery);
        metrics.recorded(delivery.channel(), delivery.status());
    }

    /** Saves the batch's outcomes. */
    void finish() {
        deliveries.saveAll(List.copyOf(outcomes));
        outcomes.clear();
    }
}
