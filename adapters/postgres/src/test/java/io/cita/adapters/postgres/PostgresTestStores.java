package io.cita.adapters.postgres;

import io.cita.conformance.DispatchStores;
import io.cita.conformance.Stores;
import io.micronaut.context.ApplicationContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** One embedded PostgreSQL and one Micronaut context with the adapter's beans, shared by every contract suite. */
final class PostgresTestStores {
    private static Stores stores;
    private static ApplicationContext context;

    private PostgresTestStores() {
    }

    static synchronized Stores get() {
        if (stores == null) {
            stores = start();
        }
        return stores;
    }

    /** The dispatcher's ports on the same database. */
    static synchronized DispatchStores dispatch() {
        get();
        return new DispatchStores(context.getBean(PostgresOutboxEvents.class),
                context.getBean(PostgresDeliveries.class),
                context.getBean(PostgresWebhookEndpoints.class),
                context.getBean(PostgresNotificationTemplates.class), context.getBean(PostgresMessageRecipients.class));
    }

    /** The adapter's context on the same database, for the ports the shared records do not name. */
    static synchronized ApplicationContext context() {
        get();
        return context;
    }

    /** The adapter's transaction runner on the same database, for tests of the adapter's own plumbing. */
    static synchronized PostgresTransactions transactions() {
        get();
        return context.getBean(PostgresTransactions.class);
    }

    private static Stores start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            context = ApplicationContext.run(Map.of(
                    "datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "datasources.default.username", "postgres",
                    "datasources.default.password", "postgres",
                    "datasources.default.driver-class-name", "org.postgresql.Driver",
                    "datasources.default.maximum-pool-size", 24,
                    "flyway.datasources.default.enabled", true), "postgres");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                context.close();
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary cluster directory is removed by zonky
                }
            }));
            return new Stores(context.getBean(PostgresTenants.class), context.getBean(PostgresUsers.class),
                    context.getBean(PostgresPlans.class), context.getBean(PostgresCategories.class),
                    context.getBean(PostgresCatalogServices.class), context.getBean(PostgresResources.class),
                    context.getBean(PostgresSchedules.class), context.getBean(PostgresClients.class),
                    context.getBean(PostgresBookings.class), context.getBean(PostgresHolds.class),
                    context.getBean(PostgresIdempotencyKeys.class), context.getBean(PostgresMembers.class),
                    context.getBean(PostgresSessions.class), context.getBean(PostgresLoginAttempts.class),
                    context.getBean(PostgresApiKeys.class), context.getBean(PostgresConversations.class),
                    context.getBean(PostgresInboundEvents.class), context.getBean(PostgresUsageCounters.class),
                    context.getBean(PostgresAuditLog.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
