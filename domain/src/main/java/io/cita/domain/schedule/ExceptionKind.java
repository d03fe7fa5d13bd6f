package io.cita.domain.schedule;

/** How a schedule exception changes a resource's working time. */
public enum ExceptionKind {
    /** No work at all on a local date. */
    BLOCK_DATE,
    /** No work between two local times on a date. */
    BLOCK_TIMES,
    /** No work between two instants (e.g. a holiday spanning days). */
    BLOCK_INSTANTS,
    /** On a local date, work exactly these hours instead of the weekly rules (several overrides add up). */
    OVERRIDE_HOURS
}
