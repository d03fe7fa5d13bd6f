package io.cita.adapters.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Statements queued to reach PostgreSQL in one round trip: pgjdbc sends a prepared statement of several
 * ;-separated statements as one batch with a single Sync, and PostgreSQL runs them in order in the current
 * transaction, skipping the rest after the first error. For the steps of a write that need no answer in between.
 */
final class Pipeline {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();
    private int size;

    /** Queues a statement (no ; inside it); returns its index among the results of the next {@link #run}. */
    int add(String statement, Object... values) {
        if (size > 0) {
            sql.append(";\n");
        }
        sql.append(statement);
        params.addAll(Arrays.asList(values));
        return size++;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /**
     * Sends the queued statements in one round trip and empties the queue; per statement, the number of rows it
     * returned, or if it returns none (a plain INSERT, UPDATE or DELETE), the number of rows it changed.
     */
    int[] run(Connection connection) {
        int[] results = new int[size];
        if (size == 0) {
            return results;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                Sql.bind(connection, statement, i + 1, params.get(i));
            }
            boolean rows = statement.execute();
            for (int i = 0; i < size; i++) {
                if (rows) {
                    try (ResultSet rs = statement.getResultSet()) {
                        while (rs.next()) {
                            results[i]++;
                        }
                    }
                } else {
                    results[i] = statement.getUpdateCount();
                }
                rows = statement.getMoreResults();
            }
            return results;
        } catch (SQLException e) {
            throw new StoreException(e);
        } finally {
            sql.setLength(0);
            params.clear();
            size = 0;
        }
    }
}
