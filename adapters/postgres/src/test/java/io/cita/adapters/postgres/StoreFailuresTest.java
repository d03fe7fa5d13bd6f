package io.cita.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.error.StoreUnavailableException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A database that goes away answers 503, a value it cannot store 400, and anything else stays a defect. */
class StoreFailuresTest {

    @Test
    void aServerShuttingDownOrABrokenConnectionIsUnavailable() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "08006", "08003"}) {
            assertThat(StoreFailures.translated(new StoreException(new SQLException("gone", state))))
                    .as(state).isInstanceOf(StoreUnavailableException.class);
        }
    }

    @Test
    void aValueTheDatabaseCannotTakeIsAnInvalidRequest() {
        assertThat(StoreFailures.translated(new StoreException(new SQLException("invalid byte sequence", "22021"))))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aConstraintViolationPassesUnchanged() {
        StoreException unique = new StoreException(new SQLException("duplicate key", "23505"));
        assertThat(StoreFailures.translated(unique)).isSameAs(unique);
    }
}
