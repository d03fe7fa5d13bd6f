package io.cita.application.port.out;

import java.time.Instant;

/**
 * An invoice's payment as the payment provider reports it, at the creation time of the event that carried it
 * ({@code at}): the business (its subscription's {@code tenantId} metadata), whether it was paid, the amount in the
 * currency's minor unit, how it was collected, the provider's payment reference and the invoice's page.
 */
public record ReportedInvoice(String tenantId, String invoiceId, String subscriptionId, boolean paid,
                              long amountMinor, String currency, String method, String providerReference,
                              String invoiceUrl, Instant createdAt, Instant at) {
}
