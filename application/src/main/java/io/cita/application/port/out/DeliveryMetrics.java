package io.cita.application.port.out;

import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.DeliveryStatus;

/** Outgoing port that counts what happens to deliveries, for the operators' metrics. */
public interface DeliveryMetrics {
    /** A delivery reached {@code status} on {@code channel}. */
    void recorded(DeliveryChannel channel, DeliveryStatus status);

    /**
     * A delivery left in SENDING by an instance whose lease ran out is tried again: the provider may have accepted it
     * before that instance stopped, so the recipient may get it twice.
     */
    void possibleDuplicate(DeliveryChannel channel);
}
