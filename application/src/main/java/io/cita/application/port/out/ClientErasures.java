package io.cita.application.port.out;

import io.cita.domain.client.Erasure;

/**
 * Outgoing persistence port that erases a client's personal data from everything the store keeps of them (seed 003's
 * right to erasure): the client, their bookings' notes, conversations, deliveries and who last wrote to their phone,
 * their feedback, the inbound messages still held, the idempotent replies and the audit entries' values.
 */
public interface ClientErasures {
    /**
     * Redacts every mention of {@code erasure}'s client, frees their phone and e-mail for another client, then stores
     * the erased client with its audit entry; aggregates (bookings, ratings, counts) stay. A store that cannot do all
     * of it in one atomic step stores the client last, so that repeating an interrupted erasure completes it.
     */
    void erase(Erasure erasure, AuditRecord audit);
}
