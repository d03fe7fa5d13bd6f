package io.cita.adapters.postgres;

import java.sql.SQLException;

/** A database error that is not a domain outcome; carries the SQLSTATE so callers can tell constraint kinds apart. */
public class StoreException extends RuntimeException {
    public static final String UNIQUE_VIOLATION = "23505";
    public static final String EXCLUSION_VIOLATION = "23P01";
    /** Raised by count_booking (migration V011) when the month's booking limit is reached. */
    public static final String BOOKING_LIMIT_REACHED = "CT001";

    private final String sqlState;

    StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
        this.sqlState = cause.getSQLState();
    }

    public String sqlState() {
        return sqlState;
    }

    boolean isUniqueViolationOf(String constraint) {
        return UNIQUE_VIOLATION.equals(sqlState) && getMessage() != null && getMessage().contains(constraint);
    }

    boolean isExclusionViolation() {
        return EXCLUSION_VIOLATION.equals(sqlState);
    }
}
