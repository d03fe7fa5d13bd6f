package io.cita.domain.booking;

/** The booking rules a request can break; the name is what a refusal reports as its {@code rule}. */
public enum BookingRule {
    OUTSIDE_AVAILABILITY, MIN_NOTICE, MAX_ADVANCE, IN_PAST, SERVICE_INACTIVE, RESOURCE_NOT_ELIGIBLE,
    CAPACITY_EXCEEDED, CANCELLATION_TOO_LATE, INVALID_TRANSITION
}
