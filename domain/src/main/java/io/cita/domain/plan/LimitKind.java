package io.cita.domain.plan;

/** What a plan limits; the name is what a refusal reports as its {@code limit}. */
public enum LimitKind { SERVICES, RESOURCES, STAFF_USERS, BOOKINGS_PER_MONTH, MESSAGES_PER_MONTH, REQUESTS_PER_MINUTE,
    VOICE_MINUTES_PER_MONTH }
