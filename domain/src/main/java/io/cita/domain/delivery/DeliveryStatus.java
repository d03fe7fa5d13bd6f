package io.cita.domain.delivery;

/**
 * Where a delivery stands (seed 001's notification statuses): QUEUED until its first attempt, SENDING while the
 * provider is called, SENT once it accepted, FAILED between retries, DEAD when they are used up, SKIPPED when it was
 * never to be sent (with a reason).
 */
public enum DeliveryStatus {
    QUEUED, SENDING, SENT, FAILED, DEAD, SKIPPED;

    /** Whether a worker may still pick it up. */
    public boolean pending() {
        return this == QUEUED || this == FAILED || this == SENDING;
    }
}
