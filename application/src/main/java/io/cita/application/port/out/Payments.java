package io.cita.application.port.out;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.billing.Payment;

/** Outgoing persistence port of tenants' payments (seed 001's payments): one per tenant and invoice. */
public interface Payments {
    /**
     * Stores {@code payment} as its invoice's if it {@linkplain Payment#supersedes supersedes} the stored one, decided
     * in the same atomic step as the write; false, writing nothing, when a newer report is stored.
     */
    boolean save(Payment payment);

    /** The tenant's payments, the newest invoice first. */
    Page<Payment> list(String tenantId, PageRequest page);

    /** Every tenant's payments, for the platform's super-admins: each once across the pages, in no promised order. */
    Page<Payment> listAll(PageRequest page);
}
