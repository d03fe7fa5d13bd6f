package io.cita.domain.billing;

/** Where a payment of an invoice stands (seed 001's payments.status): paid, failed (being retried), or not yet. */
public enum PaymentStatus {
    PENDING, SUCCEEDED, FAILED, CANCELLED, REFUNDED
}
