package io.cita.bootstrap.e2e;

import io.cita.adapters.dynamodb.DynamoDbLocalServer;
import io.cita.bootstrap.EmbeddedPostgresRuntime;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One Cita service per store, booted once per test JVM and shared by every end-to-end test: on an embedded
 * PostgreSQL, and on an in-memory DynamoDB Local server.
 */
final class BootedService {
    private static final Map<Store, EmbeddedServer> SERVERS = new EnumMap<>(Store.class);
    private static final Map<Store, Map<String, Object>> PROPERTIES = new EnumMap<>(Store.class);

    private BootedService() {
    }

    static synchronized String baseUrl(Store store) {
        return server(store).getURL().toString();
    }

    static synchronized ApplicationContext context(Store store) {
        return server(store).getApplicationContext();
    }

    private static EmbeddedServer server(Store store) {
        return SERVERS.computeIfAbsent(store, BootedService::boot);
    }

    /**
     * One more instance of the shared service, on the same store and configuration, as a load balancer would have
     * beside it; the caller stops it.
     */
    static synchronized EmbeddedServer anotherInstance(Store store) {
        server(store);
        return ApplicationContext.builder().properties(PROPERTIES.get(store))
                .environments(store.name().toLowerCase(Locale.ROOT)).run(EmbeddedServer.class);
    }

    private static EmbeddedServer boot(Store store) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "micronaut.server.port", -1,
                "cita.jwt.secret", "test-secret-test-secret-test-secret-0123456789",
                "cita.security.bcrypt-cost", 4,
                "cita.http.trusted-proxies", "127.0.0.1, ::1", "cita.metrics.token", OperationsTest.METRICS_TOKEN,
                "cita.admin.email", "root@cita.test", "cita.admin.password", "root-password-1"));
        properties.putAll(Map.of("whatsapp.app-secret", WhatsAppTest.APP_SECRET, "whatsapp.verify-token", "verify-me",
                "whatsapp.access-token", "graph-token", "whatsapp.phone-number-id", WhatsAppTest.SHARED_NUMBER,
                "whatsapp.display-number", "+34 600 000 000", "whatsapp.api-base-url", FakeGraphApi.get().baseUrl(),
                "whatsapp.retry-after", "0s", "whatsapp.retry-every", "1h"));
        properties.putAll(Map.of("cita.email.smtp.host", "127.0.0.1", "cita.email.smtp.port", Mailbox.port(),
                "cita.email.smtp.starttls", false, "cita.email.from", "Cita <no-reply@cita.test>"));
        properties.putAll(Map.of("cita.sms.twilio.base-url", FakeTwilio.get().baseUrl(),
                "cita.sms.twilio.account-sid", FakeTwilio.ACCOUNT_SID,
                "cita.sms.twilio.auth-token", FakeTwilio.AUTH_TOKEN,
                "cita.sms.twilio.from", FakeTwilio.FROM, "cita.messages.retry-delays", "200ms,200ms"));
        properties.putAll(Map.of("cita.webhooks.allow-private-http", true, "cita.webhooks.retry-delays", "200ms,200ms",
                "cita.dispatch.every", "200ms", "cita.dispatch.lease", "5s", "cita.holds.sweep-every", "300ms",
                "cita.holds.sweep-initial-delay", "1s"));
        properties.putAll(Map.of("cita.billing.stripe.webhook-secret", StripeEvents.WEBHOOK_SECRET,
                "cita.billing.stripe.prices.starter", StripeBillingTest.STARTER_PRICE,
                "cita.billing.stripe.prices.professional", StripeBillingTest.PROFESSIONAL_PRICE,
                "cita.billing.stripe.secret-key", FakeStripe.SECRET_KEY,
                "cita.billing.stripe.api-base", FakeStripe.get().baseUrl(),
                "cita.billing.sweep-every", "500ms", "cita.billing.sweep-initial-delay", "1s"));
        List<Object> singletons = new ArrayList<>();
        if (store == Store.POSTGRES) {
            // started in the background like the jar's: EmbeddedPostgresGate holds the datasource back until it answers
            EmbeddedPostgresRuntime.Starting postgres = EmbeddedPostgresRuntime.startInBackground(null);
            singletons.add(postgres);
            properties.putAll(Map.of("datasources.default.url", postgres.jdbcUrl(),
                    "datasources.default.username", "postgres",
                    "datasources.default.password", "postgres",
                    "datasources.default.maximum-pool-size", 20));
        } else {
            properties.putAll(Map.of("aws.services.dynamodb.endpoint-override", "http://localhost:" + DynamoDbLocalServer.start(),
                    "aws.region", "eu-west-1", "aws.access-key-id", "local", "aws.secret-key", "local"));
        }
        PROPERTIES.put(store, Map.copyOf(properties));
        EmbeddedServer server = ApplicationContext.builder().properties(properties)
                .environments(store.name().toLowerCase(Locale.ROOT)).singletons(singletons.toArray())
                .run(EmbeddedServer.class);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }
}
