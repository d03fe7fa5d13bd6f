package io.cita.application.port.in;

/** What each instance's background loop runs: the outbox turned into deliveries, and the due deliveries sent. */
public interface DispatchUseCase {
    /** Claims a batch of outbox events and queues their deliveries; returns how many events it dispatched. */
    int dispatchOutbox();

    /** Claims a batch of due deliveries and attempts each; returns how many it attempted. */
    int deliverDue();
}
