package io.cita.application.port.query;

import java.time.Instant;
import java.util.List;

/**
 * An API key of a tenant (seed 000's TenantApiKeys): publishable keys (pk_live_) for the web widget, limited to the
 * public API and their allowed origins; secret keys (sk_live_) for servers. Only the hash of the key is stored; the
 * prefix finds it.
 */
public record ApiKey(String id, String tenantId, Kind kind, String name, String prefix, String hash,
                     List<String> allowedOrigins, boolean active, Instant createdAt, Instant lastUsedAt) {
    /** The two kinds of key. */
    public enum Kind {
        PUBLISHABLE("pk_live_"), SECRET("sk_live_");

        private final String marker;

        Kind(String marker) {
            this.marker = marker;
        }

        public String marker() {
            return marker;
        }
    }

    public ApiKey {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
