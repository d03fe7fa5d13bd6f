package io.cita.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.ExpiredRecords;
import io.cita.conformance.PersistenceContract;
import io.cita.conformance.Stores;
import io.cita.domain.shared.IdPrefix;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The daily purge deletes what expired and keeps the rest, and only one of several instances runs it at a time. */
class PostgresExpiredRecordsTest extends PersistenceContract {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }

    private PostgresExpiredRecords purge() {
        return PostgresTestStores.context().getBean(PostgresExpiredRecords.class);
    }

    @Test
    void expiredRowsOfEveryKindAreDeleted_andLiveOnesKept() {
        TenantWithOwner tenant = newTenantWithOwner();
        String tag = id(IdPrefix.CONVERSATION);
        PostgresTestStores.transactions().write(c -> {
            for (Instant at : new Instant[] {NOW.minus(Duration.ofDays(2)), NOW.plus(Duration.ofHours(1))}) {
                String id = tag + (at.isBefore(NOW) ? "a" : "b");
                Sql.update(c, "INSERT INTO user_sessions (id, user_id, token_jti, expires_at, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)", id, tenant.owner().id(), id, at, at);
                Sql.update(c, "INSERT INTO login_attempts (email, ip_address, success, attempted_at) "
                        + "VALUES (?, '203.0.113.9'::inet, false, ?)", tag + "@example.com",
                        at.isBefore(NOW) ? at : NOW);
                Sql.update(c, "INSERT INTO webhook_events (id, source, payload, received_at) VALUES (?, 'test', '{}', ?)",
                        id, at.isBefore(NOW) ? NOW.minus(Duration.ofDays(8)) : NOW);
                Sql.update(c, "INSERT INTO idempotency_keys (tenant_id, idem_key, fingerprint, expires_at) "
                        + "VALUES (?, ?, 'f', ?)", tenant.tenant().id(), id, at);
                Sql.update(c, "INSERT INTO conversations (id, tenant_id, phone, state, updated_at, expires_at) "
                        + "VALUES (?, ?, ?, 'START', ?, ?)", id, tenant.tenant().id(), uniquePhone(), NOW, at);
            }
            return null;
        });

        ExpiredRecords.Purge done = purge().purge(NOW);

        assertThat(done.ran()).isTrue();
        assertThat(done.removed()).isGreaterThanOrEqualTo(5);
        assertThat(count("user_sessions", "id LIKE ?", tag + "%")).isEqualTo(1);
        assertThat(count("login_attempts", "email = ?", tag + "@example.com")).isEqualTo(1);
        assertThat(count("webhook_events", "id LIKE ?", tag + "%")).isEqualTo(1);
        assertThat(count("idempotency_keys", "idem_key LIKE ?", tag + "%")).isEqualTo(1);
        assertThat(count("conversations", "id LIKE ?", tag + "%")).isEqualTo(1);
    }

    @Test
    void whileAnotherInstanceIsPurging_aSecondPurgeStepsAside() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<ExpiredRecords.Purge> first = CompletableFuture.supplyAsync(() ->
                PostgresTestStores.transactions().write(c -> {
                    Sql.one(c, rs -> rs.getBoolean(1), "SELECT pg_try_advisory_xact_lock(?)", 0x4349544150555247L);
                    holding.countDown();
                    await(release);
                    return new ExpiredRecords.Purge(true, 0);
                }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

        ExpiredRecords.Purge second = purge().purge(NOW);
        release.countDown();

        assertThat(second).isEqualTo(ExpiredRecords.Purge.takenElsewhere());
        assertThat(first.get(30, TimeUnit.SECONDS).ran()).isTrue();
        assertThat(purge().purge(NOW).ran()).isTrue();
    }

    private static long count(String table, String where, Object param) {
        return PostgresTestStores.transactions().read(c -> Sql.one(c, rs -> rs.getLong(1),
                "SELECT count(*) FROM " + table + " WHERE " + where, param).orElseThrow());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
