package io.cita.bootstrap;

import io.cita.adapters.dynamodb.DynamoStore;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Readiness on DynamoDB, as the JDBC indicator gives it on PostgreSQL: {@code /health/readiness} (and {@code /health})
 * is DOWN, 503, while DynamoDB does not answer, so a load balancer sends this instance no traffic; liveness
 * ({@code /health/liveness}) does not ask the store, so an outage never gets healthy instances restarted.
 */
@Singleton
@Readiness
@Requires(env = "dynamodb")
public class DynamoDbReadiness extends AbstractHealthIndicator<Map<String, Object>> {
    private final DynamoStore store;

    public DynamoDbReadiness(DynamoStore store) {
        this.store = store;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = store.answers() ? HealthStatus.UP : HealthStatus.DOWN;
        return Map.of("table", store.table("Tenants"));
    }

    @Override
    protected String getName() {
        return "dynamodb";
    }
}
