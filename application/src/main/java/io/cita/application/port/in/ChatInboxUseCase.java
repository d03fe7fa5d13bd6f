package io.cita.application.port.in;

import io.cita.application.port.query.StoredEvent;
import java.util.List;

/**
 * The inbox of chat webhooks: every inbound message is stored once before it is acknowledged, then processed; what
 * failed is processed again later, and a redelivered message is never answered twice.
 */
public interface ChatInboxUseCase {
    /** Stores an inbound event; false when this id was stored before (a redelivery, to be ignored). */
    boolean accept(String eventId, String payload);

    /** Answers a stored message and marks it processed; a failure leaves it pending. */
    void process(String eventId, ChatMessage message);

    /** Records a delivery status (sent, delivered, read, failed) once. */
    void recordStatus(String statusId, String payload);

    /**
     * Up to {@code limit} stored messages a failure or crash left unanswered, each now this instance's to answer
     * for a while (claimed with a lease): of several instances retrying, one answers each message.
     */
    List<StoredEvent> pending(int limit);
}
