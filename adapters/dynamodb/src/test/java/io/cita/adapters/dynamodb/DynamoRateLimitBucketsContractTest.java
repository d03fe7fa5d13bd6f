package io.cita.adapters.dynamodb;

import io.cita.conformance.AbstractRateLimitBucketsContractTest;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/** The shared rate-limit buckets' contract on DynamoDB Local (Cita's compare-and-swap backend). */
class DynamoRateLimitBucketsContractTest extends AbstractRateLimitBucketsContractTest {
    @Override
    protected ProxyManager<String> anotherInstance() {
        return new DynamoRateLimitBuckets(DynamoTestStores.context().getBean(DynamoStore.class));
    }
}
