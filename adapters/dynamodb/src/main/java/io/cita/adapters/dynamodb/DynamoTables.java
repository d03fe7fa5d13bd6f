package io.cita.adapters.dynamodb;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;

/** The physical table names: seed 000's logical names behind a configurable prefix (seed 004 style, "cita-"). */
@Singleton
@Requires(env = "dynamodb")
public class DynamoTables {
    /** Every table Cita uses, by its logical name; each has a definition in docs/dynamodb/tables. */
    public static final List<String> ALL = List.of("Tenants", "Users", "Plans", "Categories", "Services", "Providers",
            "ProviderAvailability", "BookingExceptions", "Bookings", "Clients", "Holds", "SlotLocks", "TenantUsage",
            "IdempotencyKeys", "Outbox", "Conversations", "TenantApiKeys", "AuditLogs", "WebhookEvents", "Deliveries",
            "RateLimits");
    /**
     * Tables whose items (holds, keys, conversations, login attempts, rate-limit buckets) expire through TTL on the
     * "ttl" attribute.
     */
    public static final List<String> WITH_TTL = List.of("Holds", "IdempotencyKeys", "Conversations", "Users",
            "WebhookEvents", "RateLimits");
    public static final String DEFAULT_PREFIX = "cita-";

    private final String prefix;

    public DynamoTables(@Value("${cita.dynamodb.table-prefix:cita-}") String prefix) {
        this.prefix = prefix;
    }

    public String name(String logical) {
        return prefix + logical;
    }

    public String prefix() {
        return prefix;
    }
}
