package io.cita.application.port.out;

/** What an atomic booking or hold write did. */
public enum StoreOutcome {
    /** Written. */
    DONE,
    /** Another live booking or hold occupies a resource, or the class has no seats left. */
    SLOT_TAKEN,
    /** The tenant's monthly booking limit is reached. */
    LIMIT_REACHED,
    /** The hold to convert is gone or expired, or the booking changed since it was read. */
    STALE,
    /** The tenant already has a booking with this reference (a random collision): nothing was written. */
    REFERENCE_TAKEN
}
