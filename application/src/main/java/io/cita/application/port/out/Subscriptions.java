package io.cita.application.port.out;

import io.cita.domain.billing.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outgoing persistence port of each tenant's paid subscription (seed 001's subscriptions): one per tenant. */
public interface Subscriptions {
    /**
     * Stores {@code subscription} as the tenant's if it {@linkplain Subscription#supersedes supersedes} the stored one,
     * decided in the same atomic step as the write; false, writing nothing, when a newer state is stored.
     */
    boolean save(Subscription subscription);

    Optional<Subscription> find(String tenantId);

    /**
     * Claims for {@code owner} until {@code now + lease} up to {@code limit} PAST_DUE subscriptions whose grace ended
     * by {@code now} and has not been {@linkplain #graceApplied applied}; one whose lease another instance holds is
     * passed over, so no two instances take the same one.
     */
    List<Subscription> claimGraceEnded(String owner, Instant now, Duration lease, int limit);

    /** The ended grace of the state stored at {@code stateAt} has been applied: it is claimed no more. */
    void graceApplied(String tenantId, Instant stateAt);
}
