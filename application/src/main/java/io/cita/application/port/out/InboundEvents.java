package io.cita.application.port.out;

import io.cita.application.port.query.StoredEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Outgoing persistence port for inbound webhook events: each stored once, before it is processed. */
public interface InboundEvents {
    /** Stores the event if its id is new; false when it was already stored (a redelivery). */
    boolean record(String eventId, String source, String payload, Instant at);

    /**
     * Marks the event processed and drops its content: only its id is kept, so that a redelivery is still known,
     * and no message a person sent outlives its answer.
     */
    void markProcessed(String eventId, Instant at);

    /**
     * Claims for {@code owner} until {@code now + lease} up to {@code limit} events of {@code source} received by
     * {@code receivedBy} and not processed yet (a failure or a crash left them), oldest first, passing over those
     * another owner's lease still holds: of several instances retrying at once, each event goes to one.
     */
    List<StoredEvent> claimUnprocessed(String source, Instant receivedBy, String owner, Instant now, Duration lease,
                                       int limit);
}
