package io.cita.application.port.in;

/** Removing the holds that expired, each announced as {@code hold.expired}: the sweep every instance runs. */
public interface ExpireHoldsUseCase {
    /** Removes what expired by now (in batches, up to a bound per call); how many holds were removed. */
    int removeExpiredHolds();
}
