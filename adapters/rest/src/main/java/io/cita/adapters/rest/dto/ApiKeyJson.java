package io.cita.adapters.rest.dto;

import io.cita.application.port.query.ApiKey;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** The JSON shapes of API keys; the full key appears once, in the answer that created it. */
public final class ApiKeyJson {
    private ApiKeyJson() {
    }

    /** POST .../api-keys. */
    @Introspected
    public record CreateRequest(@Nullable String kind, @Nullable String name, @Nullable List<String> allowedOrigins) {
        public ApiKey.Kind kindValue() {
            return Fields.required("kind", Fields.enumValue("kind", ApiKey.Kind.class, kind));
        }
    }

    /** A key as the API shows it: never its hash; its full text only right after creation. */
    public record Response(String id, String kind, String name, String prefix, List<String> allowedOrigins,
                           boolean active, String createdAt, String lastUsedAt, String key) {
        public static Response from(ApiKey key, String plaintext) {
            return new Response(key.id(), key.kind().name(), key.name(), key.prefix(), key.allowedOrigins(),
                    key.active(), key.createdAt().toString(),
                    key.lastUsedAt() == null ? null : key.lastUsedAt().toString(), plaintext);
        }
    }
}
