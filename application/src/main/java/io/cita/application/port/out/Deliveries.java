package io.cita.application.port.out;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.DeliveryStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outgoing persistence port of deliveries: the record of every message and webhook call, and the queue of the due ones. */
public interface Deliveries {
    /** Stores the deliveries that are new; one with the id of a stored one is left as it is (an event dispatched twice). */
    void enqueue(List<Delivery> deliveries);

    /**
     * Claims for {@code owner} until {@code now + lease} up to {@code limit} pending deliveries due by {@code now} that
     * nobody else holds a running lease on, earliest due first.
     */
    List<Delivery> claimDue(String owner, Instant now, Duration lease, int limit);

    /**
     * Stores a delivery's new state. While it is SENDING its claim stays (a crash leaves it to be taken over when the
     * lease runs out); any other state releases the claim, so a retry is due at its next attempt, not the lease's end.
     */
    void save(Delivery delivery);

    /** Stores several deliveries' new states, as {@link #save} each, in as few calls as the store allows. */
    void saveAll(List<Delivery> deliveries);

    Optional<Delivery> find(String tenantId, String deliveryId);

    /** A tenant's deliveries, newest first, by status and channel when given (null: any). */
    Page<Delivery> list(String tenantId, DeliveryStatus status, DeliveryChannel channel, PageRequest page);
}
