package io.cita.adapters.postgres;

import io.cita.conformance.AbstractRateLimitBucketsContractTest;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.micronaut.jdbc.DataSourceResolver;
import javax.sql.DataSource;

/** The shared rate-limit buckets' contract on PostgreSQL (Bucket4j's select-for-update backend). */
class PostgresRateLimitBucketsContractTest extends AbstractRateLimitBucketsContractTest {
    @Override
    protected ProxyManager<String> anotherInstance() {
        return new PostgresRateLimitBuckets().rateLimitBuckets(PostgresTestStores.context().getBean(DataSource.class),
                PostgresTestStores.context().getBean(DataSourceResolver.class));
    }
}
