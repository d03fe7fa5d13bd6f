package io.cita.application.port.out;

/**
 * A payment provider's webhook event as Cita reads it, verified: its id, and the subscription or the invoice it
 * reports (null when it reports neither, or is of a kind Cita does not handle).
 */
public record PaymentEvent(String id, ReportedSubscription subscription, ReportedInvoice invoice) {
}
