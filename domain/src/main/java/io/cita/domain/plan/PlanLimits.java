package io.cita.domain.plan;

import io.cita.domain.shared.InvalidValueException;

/** The limits of one plan as stored (seed 001's columns): -1 means unlimited; {@link PlanLimitPolicy} reads them. */
public record PlanLimits(int services, int resources, int staffUsers, int bookingsPerMonth, int messageCredits,
                         int requestsPerMinute, int voiceMinutesPerMonth) {
    public static final int UNLIMITED = Limit.STORED_UNLIMITED;

    public PlanLimits {
        for (int limit : new int[] {services, resources, staffUsers, bookingsPerMonth, messageCredits, requestsPerMinute,
                voiceMinutesPerMonth}) {
            if (limit < UNLIMITED) {
                throw new InvalidValueException("a limit is -1 (unlimited) or a count");
            }
        }
    }

    /** The stored number of {@code kind}: a count, or -1 for unlimited. */
    int stored(LimitKind kind) {
        return switch (kind) {
            case SERVICES -> services;
            case RESOURCES -> resources;
            case STAFF_USERS -> staffUsers;
            case BOOKINGS_PER_MONTH -> bookingsPerMonth;
            case MESSAGES_PER_MONTH -> messageCredits;
            case REQUESTS_PER_MINUTE -> requestsPerMinute;
            case VOICE_MINUTES_PER_MONTH -> voiceMinutesPerMonth;
        };
    }
}
