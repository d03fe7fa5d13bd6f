package io.cita.domain.plan;

import io.cita.domain.shared.InvalidValueException;

/** The numeric limits of one plan; -1 means unlimited. */
public record PlanLimits(int services, int resources, int staffUsers, int bookingsPerMonth, int messageCredits,
                         int requestsPerMinute) {
    public static final int UNLIMITED = -1;

    public PlanLimits {
        for (int limit : new int[] {services, resources, staffUsers, bookingsPerMonth, messageCredits, requestsPerMinute}) {
            if (limit < UNLIMITED) {
                throw new InvalidValueException("a limit is -1 (unlimited) or a count");
            }
        }
    }

    public int of(LimitKind kind) {
        return switch (kind) {
            case SERVICES -> services;
            case RESOURCES -> resources;
            case STAFF_USERS -> staffUsers;
            case BOOKINGS_PER_MONTH -> bookingsPerMonth;
            case MESSAGES_PER_MONTH -> messageCredits;
            case REQUESTS_PER_MINUTE -> requestsPerMinute;
        };
    }

    /** Whether one more of {@code kind} fits when {@code current} are already used. */
    public boolean allowsOneMore(LimitKind kind, long current) {
        int limit = of(kind);
        return limit == UNLIMITED || current < limit;
    }
}
