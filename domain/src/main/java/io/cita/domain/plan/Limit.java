package io.cita.domain.plan;

import io.cita.domain.shared.InvalidValueException;

/**
 * How many of something a plan allows: a bound (0 allows none) or unlimited. It decides whether more fits; a store
 * only turns {@link #bound()} into its atomic condition, and skips the condition when the limit is unlimited.
 */
public final class Limit {
    /** How seeds 001 and 003, and the plans as stored, write "unlimited". */
    public static final int STORED_UNLIMITED = -1;
    private static final Limit UNLIMITED = new Limit(STORED_UNLIMITED);

    private final int bound;

    private Limit(int bound) {
        this.bound = bound;
    }

    public static Limit unlimited() {
        return UNLIMITED;
    }

    public static Limit of(int bound) {
        if (bound < 0) {
            throw new InvalidValueException("a limit is a count of zero or more");
        }
        return new Limit(bound);
    }

    /** A limit as plans store it: -1 is unlimited, anything else a bound. */
    public static Limit fromStored(int stored) {
        return stored == STORED_UNLIMITED ? UNLIMITED : of(stored);
    }

    public int toStored() {
        return bound;
    }

    public boolean isUnlimited() {
        return bound == STORED_UNLIMITED;
    }

    /** Whether one more fits when {@code used} are already taken. */
    public boolean allowsOneMore(long used) {
        return allows(used, 1);
    }

    /** Whether {@code more} fit when {@code used} are already taken. */
    public boolean allows(long used, long more) {
        return isUnlimited() || used + more <= bound;
    }

    /** The most that may be used; an unlimited limit has none, so ask {@link #isUnlimited()} first. */
    public int bound() {
        if (isUnlimited()) {
            throw new IllegalStateException("an unlimited limit has no bound");
        }
        return bound;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Limit limit && limit.bound == bound;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(bound);
    }

    @Override
    public String toString() {
        return isUnlimited() ? "unlimited" : Integer.toString(bound);
    }
}
