package io.cita.adapters.postgres;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.error.StoreUnavailableException;
import io.micronaut.data.connection.exceptions.ConnectionException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** What a database failure means to the caller: unavailable (a 503), a value it cannot take (a 400), or a defect. */
final class StoreFailures {
    private StoreFailures() {
    }

    /**
     * Connection failures become StoreUnavailableException: SQL state class 08 (connection exception, including a
     * connection that breaks while its transaction ends), 57P (the server is shutting down, crashed or starting),
     * the pool's timeouts and Micronaut's connection failures. A value the database cannot take (class 22, data
     * exception) becomes an invalid request; everything else passes unchanged.
     */
    static RuntimeException translated(RuntimeException failure) {
        if (failure instanceof StoreException store && store.sqlState() != null && store.sqlState().startsWith("22")) {
            return new InvalidRequestException("request", "contains a value that cannot be stored");
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectionException
                    || cause instanceof SQLException sql && unavailable(sql.getSQLState())) {
                return new StoreUnavailableException(failure);
            }
        }
        return failure;
    }

    private static boolean unavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }
}
