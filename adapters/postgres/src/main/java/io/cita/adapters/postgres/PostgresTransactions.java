package io.cita.adapters.postgres;

import io.cita.application.port.out.StoreOutcome;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a unit of work on one connection: writes in one transaction, through Micronaut Data's JDBC transaction
 * manager; reads, and writes of a single statement, in autocommit, where each statement is its own transaction. A
 * read-only transaction would add a round trip (its COMMIT) and, at READ COMMITTED, give several statements no more
 * consistency than autocommit does (each statement still takes its own snapshot).
 */
@Singleton
@Requires(env = "postgres")
public class PostgresTransactions {
    private final TransactionOperations<Connection> transactions;
    private final ConnectionOperations<Connection> connections;

    public PostgresTransactions(TransactionOperations<Connection> transactions,
                                ConnectionOperations<Connection> connections) {
        this.transactions = transactions;
        this.connections = connections;
    }

    public <T> T write(Function<Connection, T> work) {
        try {
            return transactions.executeWrite(status -> work.apply(status.getConnection()));
        } catch (RuntimeException e) {
            throw StoreFailures.translated(e);
        }
    }

    /**
     * Runs a write that may end in a {@link Refusal}: its transaction is rolled back and its outcome returned. A
     * transaction the database aborted as a deadlock or serialisation failure is run again, a few times.
     */
    public StoreOutcome writeOutcome(Function<Connection, StoreOutcome> work) {
        return retried(() -> write(work));
    }

    /**
     * Runs a write whose statements go as one {@link Pipeline} batch in autocommit: PostgreSQL runs the statements
     * up to the batch's single Sync as one implicit transaction, so all of them commit or none does, with no BEGIN
     * or COMMIT round trip and no locks held across a round trip. Refusals and retries as in {@link #writeOutcome}.
     */
    public StoreOutcome writeAtomically(Function<Connection, StoreOutcome> work) {
        return retried(() -> autocommit(work));
    }

    private static StoreOutcome retried(Supplier<StoreOutcome> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (Refusal refusal) {
                return refusal.outcome();
            } catch (StoreException e) {
                if (attempt >= 3 || !("40P01".equals(e.sqlState()) || "40001".equals(e.sqlState()))) {
                    throw e;
                }
            }
        }
    }

    /**
     * Runs a write of one statement in autocommit: the statement is its own transaction, with no BEGIN or COMMIT
     * round trip (inside a write, on the write's connection and transaction).
     */
    public <T> T writeOne(Function<Connection, T> work) {
        return autocommit(work);
    }

    /** Reads in autocommit (inside a write, on the write's connection and transaction). */
    public <T> T read(Function<Connection, T> work) {
        return autocommit(work);
    }

    private <T> T autocommit(Function<Connection, T> work) {
        try {
            return connections.execute(ConnectionDefinition.DEFAULT, status -> work.apply(status.getConnection()));
        } catch (RuntimeException e) {
            throw StoreFailures.translated(e);
        }
    }
}
