package io.cita.domain.delivery;

import io.cita.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Where a tenant wants its events posted (Standard Webhooks): a URL, the event types it subscribes to (none: all), the
 * signing secret ({@code whsec_...}) and whether it is enabled, with why not.
 */
public record WebhookEndpoint(String id, String tenantId, String url, Set<EventType> eventTypes, String secret,
                              boolean enabled, String disabledReason, Instant createdAt) {
    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        if (url == null || url.isBlank() || url.length() > 2000) {
            throw new InvalidValueException("url must be 1-2000 characters");
        }
        eventTypes = eventTypes == null ? Set.of() : Set.copyOf(eventTypes);
    }

    public boolean subscribesTo(EventType type) {
        return enabled && (eventTypes.isEmpty() || eventTypes.contains(type));
    }

    public WebhookEndpoint disabled(String why) {
        return new WebhookEndpoint(id, tenantId, url, eventTypes, secret, false, why, createdAt);
    }

    public WebhookEndpoint changed(String newUrl, Set<EventType> newTypes, boolean newEnabled) {
        return new WebhookEndpoint(id, tenantId, newUrl, newTypes, secret, newEnabled, newEnabled ? null : disabledReason,
                createdAt);
    }
}
