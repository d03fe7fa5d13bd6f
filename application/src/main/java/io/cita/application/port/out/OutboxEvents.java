package io.cita.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Outgoing port of the outbox, read by the dispatcher of every instance: events are claimed with a lease, so two
 * instances never dispatch the same event at once and a crashed instance's claims are taken over when it runs out.
 */
public interface OutboxEvents {
    /**
     * Claims for {@code owner} until {@code now + lease} up to {@code limit} events not dispatched yet and not claimed
     * by anyone whose lease is still running, oldest first; an event waits while an earlier one of its subject is not
     * dispatched, so each subject's events go out in order.
     */
    List<OutboxEvent> claim(String owner, Instant now, Duration lease, int limit);

    /** Marks the events dispatched: they are never claimed again. */
    void markDispatched(List<OutboxEvent> events, Instant at);
}
