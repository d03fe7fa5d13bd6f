package io.cita.application.port.out;

import io.cita.application.port.query.StoredEvent;
import java.time.Instant;
import java.util.List;

/** Outgoing persistence port for inbound webhook events: each stored once, before it is processed. */
public interface InboundEvents {
    /** Stores the event if its id is new; false when it was already stored (a redelivery). */
    boolean record(String eventId, String source, String payload, Instant at);

    void markProcessed(String eventId, Instant at);

    /** Events stored but not processed yet (a failure or a crash), oldest first. */
    List<StoredEvent> unprocessed(String source, int limit);
}
