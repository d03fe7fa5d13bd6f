package io.cita.adapters.dynamodb;

import io.cita.application.error.StoreUnavailableException;
import io.cita.domain.plan.DefaultPlans;
import io.cita.domain.plan.Plan;
import io.cita.domain.plan.PlanCode;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/**
 * The DynamoDB client and table names every repository shares, created eagerly. On start it creates missing tables when
 * {@code cita.dynamodb.create-tables} is true (by default only against a local endpoint), enables TTL and stores
 * the default plans. That start-up work runs under its own generous bound ({@code cita.dynamodb.startup-timeout}, 2 min
 * by default) and waits for a just-started DynamoDB Local to answer; the 1.5 s bound of {@link DynamoClientTimeouts}
 * stays for request calls.
 */
@Context
@Requires(env = "dynamodb")
public class DynamoStore {
    private static final Logger LOG = LoggerFactory.getLogger(DynamoStore.class);
    private final DynamoDbClient client;
    private final DynamoTables tables;
    private final Duration startupTimeout;
    private final AwsRequestOverrideConfiguration startupCall;

    public DynamoStore(DynamoDbClient client, DynamoTables tables,
                       @Nullable @Value("${aws.services.dynamodb.endpoint-override}") URI endpoint,
                       @Nullable @Value("${cita.dynamodb.create-tables}") Boolean createTables,
                       @Value("${cita.dynamodb.startup-timeout:2m}") Duration startupTimeout) {
        this.client = client;
        this.tables = tables;
        this.startupTimeout = startupTimeout;
        this.startupCall = AwsRequestOverrideConfiguration.builder().apiCallTimeout(startupTimeout).build();
        boolean local = endpoint != null && endpoint.getHost() != null
                && (endpoint.getHost().equals("localhost") || endpoint.getHost().startsWith("127."));
        if (createTables == null ? local : createTables) {
            createMissingTables();
        }
    }

    public DynamoDbClient client() {
        return client;
    }

    public String table(String logical) {
        return tables.name(logical);
    }

    /** Runs a call; an endpoint that cannot be reached becomes StoreUnavailableException (a 503 upstream). */
    public <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (SdkClientException e) {
            throw new StoreUnavailableException(e);
        }
    }

    /**
     * Whether DynamoDB answers for the Tenants table now (a consistent DescribeTable, bounded like every call): what
     * a load balancer's readiness check asks before sending traffic here.
     */
    public boolean answers() {
        try {
            return call(() -> client.describeTable(DescribeTableRequest.builder().tableName(table("Tenants")).build()))
                    .table() != null;
        } catch (StoreUnavailableException | SdkException e) {
            return false;
        }
    }

    private void createMissingTables() {
        List<String> existing = existingTables();
        for (String logical : DynamoTables.ALL) {
            String name = tables.name(logical);
            if (existing.contains(name)) {
                continue;
            }
            try {
                CreateTableRequest definition = TableDefinitions.load(logical, tables);
                client.createTable(definition.toBuilder().overrideConfiguration(startupCall).build());
                client.waiter().waitUntilTableExists(
                        DescribeTableRequest.builder().tableName(name).overrideConfiguration(startupCall).build(),
                        WaiterOverrideConfiguration.builder().waitTimeout(startupTimeout).build());
                if (DynamoTables.WITH_TTL.contains(logical)) {
                    client.updateTimeToLive(UpdateTimeToLiveRequest.builder().tableName(name)
                            .overrideConfiguration(startupCall)
                            .timeToLiveSpecification(TimeToLiveSpecification.builder().enabled(true)
                                    .attributeName("ttl").build()).build());
                }
                LOG.info("Created DynamoDB table {}", name);
            } catch (ResourceInUseException raced) {
                LOG.debug("Table {} was created meanwhile", name);
            }
        }
        for (PlanCode code : PlanCode.values()) {
            storeDefaultPlan(DefaultPlans.of(code));
        }
    }

    /** Lists the tables, asking again until DynamoDB answers or the start-up bound runs out (a local one may still be starting). */
    private List<String> existingTables() {
        Instant deadline = Instant.now().plus(startupTimeout);
        while (true) {
            try {
                return client.listTablesPaginator(ListTablesRequest.builder().overrideConfiguration(startupCall).build())
                        .tableNames().stream().toList();
            } catch (SdkClientException unreachable) {
                if (Instant.now().isAfter(deadline)) {
                    throw unreachable;
                }
                LOG.info("DynamoDB does not answer yet ({}); asking again", unreachable.getMessage());
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for DynamoDB", e);
        }
    }

    private void storeDefaultPlan(Plan plan) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key("PLAN#" + plan.code(), "META#PLAN"));
        item.putAll(PlanItems.toItem(plan));
        try {
            client.putItem(PutItemRequest.builder().tableName(table("Plans")).item(item)
                    .conditionExpression("attribute_not_exists(PK)").overrideConfiguration(startupCall).build());
        } catch (ConditionalCheckFailedException kept) {
            LOG.debug("Plan {} already stored; keeping its limits", plan.code());
        }
    }
}
