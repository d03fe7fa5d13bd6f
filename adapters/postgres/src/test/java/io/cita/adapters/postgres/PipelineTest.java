package io.cita.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.application.port.out.StoreOutcome;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Queued statements reach PostgreSQL as one batch; in autocommit the batch commits as a whole or not at all. */
class PipelineTest {
    private static final PostgresTransactions TX = PostgresTestStores.transactions();
    private static final String TENANT = "ten_pipeline_" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void probeTableAndTenant() {
        TX.write(c -> Sql.update(c, "CREATE TABLE IF NOT EXISTS pipeline_probe (id TEXT PRIMARY KEY)"));
        TX.write(c -> Sql.update(c, "INSERT INTO tenants (id, slug, name, business_type, country, "
                + "timezone, locale, currency, settings, plan_code, subscription_status, created_at, updated_at) "
                + "VALUES (?, ?, 'Probe', 'other', 'ES', 'UTC', 'es', 'EUR', '{}', 'FREE', 'active', now(), now())", TENANT,
                TENANT.replace('_', '-')));
    }

    @Test
    void eachStatementReportsItsRowsOrItsChanges_inOrder() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        Pipeline steps = new Pipeline();
        steps.add("INSERT INTO pipeline_probe (id) VALUES (?)", a);
        steps.add("INSERT INTO pipeline_probe (id) VALUES (?)", b);
        steps.add("SELECT id FROM pipeline_probe WHERE id IN (?, ?)", a, b);
        steps.add("DELETE FROM pipeline_probe WHERE id = ?", "missing");

        int[][] results = new int[1][];
        TX.writeAtomically(c -> {
            results[0] = steps.run(c);
            return StoreOutcome.DONE;
        });

        assertThat(results[0]).containsExactly(1, 1, 2, 0);
        assertThat(steps.isEmpty()).isTrue();
    }

    @Test
    void aFailingStatementInAnAutocommitBatch_undoesTheStatementsBeforeIt() {
        String id = UUID.randomUUID().toString();
        Pipeline steps = new Pipeline();
        steps.add("INSERT INTO pipeline_probe (id) VALUES (?)", id);
        steps.add("INSERT INTO pipeline_probe (id) VALUES (?)", id);

        assertThatThrownBy(() -> TX.writeAtomically(c -> {
            steps.run(c);
            return StoreOutcome.DONE;
        })).isInstanceOf(StoreException.class);

        assertThat(count(id)).isZero();
    }

    @Test
    void aRefusalRaisedByTheDatabase_rollsTheAtomicWriteBack_andIsReportedAsItsOutcome() {
        String id = UUID.randomUUID().toString();

        StoreOutcome outcome = TX.writeAtomically(c -> {
            Pipeline steps = new Pipeline();
            steps.add("INSERT INTO pipeline_probe (id) VALUES (?)", id);
            steps.add("SELECT count_booking(?, ?, ?)", TENANT, "2031-01", 0);
            Refusal.runOrRefuse(c, steps);
            return StoreOutcome.DONE;
        });

        assertThat(outcome).isEqualTo(StoreOutcome.LIMIT_REACHED);
        assertThat(count(id)).isZero();
    }

    private static long count(String id) {
        return TX.read(c -> Sql.one(c, rs -> rs.getLong(1), "SELECT count(*) FROM pipeline_probe WHERE id = ?", id))
                .orElseThrow();
    }
}
