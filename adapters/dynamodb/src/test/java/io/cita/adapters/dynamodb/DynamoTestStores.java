package io.cita.adapters.dynamodb;

import io.cita.conformance.DispatchStores;
import io.cita.conformance.Stores;
import io.micronaut.context.ApplicationContext;
import java.util.Map;

/** One in-memory DynamoDB Local server and one Micronaut context with the adapter's beans, shared by every suite. */
final class DynamoTestStores {
    private static Stores stores;
    private static ApplicationContext context;

    private DynamoTestStores() {
    }

    static synchronized Stores get() {
        if (stores == null) {
            start();
        }
        return stores;
    }

    /** The dispatcher's ports on the same DynamoDB Local. */
    static synchronized DispatchStores dispatch() {
        get();
        return new DispatchStores(context.getBean(DynamoOutboxEvents.class), context.getBean(DynamoDeliveries.class),
                context.getBean(DynamoWebhookEndpoints.class),
                context.getBean(DynamoNotificationTemplates.class), context.getBean(DynamoMessageRecipients.class));
    }

    static synchronized ApplicationContext context() {
        get();
        return context;
    }

    /** The adapter's configuration against the DynamoDB Local on {@code port}, with the test tables' prefix. */
    static Map<String, Object> properties(int port) {
        return Map.of("aws.services.dynamodb.endpoint-override", "http://localhost:" + port,
                "aws.region", "eu-west-1",
                "aws.access-key-id", "local",
                "aws.secret-key", "local",
                "cita.dynamodb.table-prefix", "test-");
    }

    private static void start() {
        context = ApplicationContext.run(properties(DynamoDbLocalServer.start()), "dynamodb");
        Runtime.getRuntime().addShutdownHook(new Thread(context::close));
            stores = new Stores(context.getBean(DynamoTenants.class), context.getBean(DynamoUsers.class),
                    context.getBean(DynamoPlans.class), context.getBean(DynamoCategories.class),
                    context.getBean(DynamoCatalogServices.class), context.getBean(DynamoResources.class),
                    context.getBean(DynamoSchedules.class), context.getBean(DynamoClients.class),
                    context.getBean(DynamoBookings.class), context.getBean(DynamoHolds.class),
                    context.getBean(DynamoIdempotencyKeys.class), context.getBean(DynamoMembers.class),
                    context.getBean(DynamoSessions.class), context.getBean(DynamoLoginAttempts.class),
                    context.getBean(DynamoApiKeys.class), context.getBean(DynamoConversations.class),
                    context.getBean(DynamoInboundEvents.class), context.getBean(DynamoUsageCounters.class),
                    context.getBean(DynamoAuditLog.class));
    }
}
