package io.cita.adapters.dynamodb;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Bounds every DynamoDB call, the SDK's own retries included, to {@code cita.dynamodb.api-call-timeout} (1.5 s by
 * default): an unreachable DynamoDB then answers 503 within two seconds, like an unreachable PostgreSQL, instead of
 * after the SDK's full back-off (about five seconds, measured by benchmarks/reliability/outage-dynamodb.sh).
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoClientTimeouts implements BeanCreatedEventListener<DynamoDbClientBuilder> {
    private final Duration apiCallTimeout;

    public DynamoClientTimeouts(@Value("${cita.dynamodb.api-call-timeout:1500ms}") Duration apiCallTimeout) {
        this.apiCallTimeout = apiCallTimeout;
    }

    @Override
    public DynamoDbClientBuilder onCreated(BeanCreatedEvent<DynamoDbClientBuilder> event) {
        DynamoDbClientBuilder builder = event.getBean();
        builder.overrideConfiguration(builder.overrideConfiguration().toBuilder().apiCallTimeout(apiCallTimeout).build());
        return builder;
    }
}
