package io.cita.adapters.rest.violations;

import io.cita.adapters.postgres.PostgresBookings;

/** Violates the adapter rule on purpose: a REST class that talks to a store adapter instead of a use case. */
public class RestAdapterReachingIntoAStore {
    public PostgresBookings bookings;
}
