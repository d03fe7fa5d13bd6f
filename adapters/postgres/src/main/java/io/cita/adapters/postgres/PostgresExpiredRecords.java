package io.cita.adapters.postgres;

import io.cita.application.port.out.ExpiredRecords;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes expired rows in one transaction that first takes a transaction-scoped advisory lock: when several
 * instances purge at once, one deletes and the others return at once. Retention matches DynamoDB's TTL: sessions a
 * day past expiry (a rotated refresh token must stay recognisable until then), login attempts a day, webhook events
 * a week (their ids deduplicate redeliveries), idempotency keys and conversations at their expiry, rate-limit buckets
 * once they would be full again.
 */
@Singleton
@Requires(env = "postgres")
public class PostgresExpiredRecords implements ExpiredRecords {
    /** The advisory lock's key: "CITAPURG" in ASCII. */
    private static final long PURGE_LOCK = 0x4349544150555247L;
    private static final Duration SESSION_GRACE = Duration.ofDays(1);
    private static final Duration LOGIN_ATTEMPTS_KEPT = Duration.ofDays(1);
    private static final Duration WEBHOOK_EVENTS_KEPT = Duration.ofDays(7);
    /** Invitations are removed a month after they expire (used or not). */
    private static final Duration INVITATIONS_KEPT = Duration.ofDays(30);

    private static final int BUCKETS_PER_BATCH = 1000;
    private final PostgresTransactions tx;
    private final ExpiredEntriesCleaner buckets;

    public PostgresExpiredRecords(PostgresTransactions tx,
                                  @Nullable PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
        this.tx = tx;
        this.buckets = buckets;
    }

    @Override
    public Purge purge(Instant now) {
        return tx.write(c -> {
            boolean mine = Sql.one(c, rs -> rs.getBoolean(1), "SELECT pg_try_advisory_xact_lock(?)", PURGE_LOCK)
                    .orElse(false);
            if (!mine) {
                return Purge.takenElsewhere();
            }
            long removed = Sql.update(c, "DELETE FROM user_sessions WHERE expires_at < ?", now.minus(SESSION_GRACE))
                    + Sql.update(c, "DELETE FROM login_attempts WHERE attempted_at < ?", now.minus(LOGIN_ATTEMPTS_KEPT))
                    + Sql.update(c, "DELETE FROM webhook_events WHERE received_at < ?", now.minus(WEBHOOK_EVENTS_KEPT))
                    + Sql.update(c, "DELETE FROM idempotency_keys WHERE expires_at < ?", now)
                    + Sql.update(c, "DELETE FROM conversations WHERE expires_at < ?", now)
                    + Sql.update(c, "DELETE FROM invitations WHERE expires_at < ?", now.minus(INVITATIONS_KEPT));
            return new Purge(true, removed + removeExpiredBuckets());
        });
    }

    /** The rate-limit buckets that would be full again by now (Bucket4j's own cleaner, batch by batch). */
    private long removeExpiredBuckets() {
        long removed = 0;
        int batch;
        do {
            batch = buckets == null ? 0 : buckets.removeExpired(BUCKETS_PER_BATCH);
            removed += batch;
        } while (batch == BUCKETS_PER_BATCH);
        return removed;
    }
}
