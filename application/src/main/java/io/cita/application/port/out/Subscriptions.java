package io.cita.application.port.out;

import io.cita.domain.billing.Subscription;
import java.util.Optional;

/** Outgoing persistence port of each tenant's paid subscription (seed 001's subscriptions): one per tenant. */
public interface Subscriptions {
    /**
     * Stores {@code subscription} as the tenant's if it {@linkplain Subscription#supersedes supersedes} the stored one,
     * decided in the same atomic step as the write; false, writing nothing, when a newer state is stored.
     */
    boolean save(Subscription subscription);

    Optional<Subscription> find(String tenantId);
}
