package io.cita.adapters.postgres;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Bucket4j's buckets shared by every instance through PostgreSQL, with its own backend: a row per bucket in
 * rate_limit_buckets (V018), taken under SELECT ... FOR UPDATE, expiring once the bucket would be full again (the
 * daily purge removes the expired rows).
 */
@Factory
@Requires(env = "postgres")
@Requires(property = "cita.rate-limits.shared", notEquals = "false")
public class PostgresRateLimitBuckets {
    @Singleton
    PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets(DataSource dataSource,
                                                                        DataSourceResolver resolver) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(resolver.resolve(dataSource))
                .primaryKeyMapper(PrimaryKeyMapper.STRING).table("rate_limit_buckets").idColumn("id")
                .stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }
}
