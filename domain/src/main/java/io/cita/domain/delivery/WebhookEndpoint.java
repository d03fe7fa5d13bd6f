package io.cita.domain.delivery;

import io.cita.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a tenant wants its events posted (Standard Webhooks): a URL, the event types it subscribes to (none: all), the
 * signing secret ({@code whsec_...}) and, after a rotation, the previous secret with the time it stays valid too, and
 * whether it is enabled, with why not.
 */
public record WebhookEndpoint(String id, String tenantId, String url, Set<EventType> eventTypes, String secret,
                              String previousSecret, Instant previousSecretUntil, boolean enabled,
                              String disabledReason, Instant createdAt) {
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

    /** A new endpoint, enabled, with one secret. */
    public static WebhookEndpoint of(String id, String tenantId, String url, Set<EventType> eventTypes, String secret,
                                     Instant createdAt) {
        return new WebhookEndpoint(id, tenantId, url, eventTypes, secret, null, null, true, null, createdAt);
    }

    public boolean subscribesTo(EventType type) {
        return enabled && type != null && (eventTypes.isEmpty() || eventTypes.contains(type));
    }

    /** The secrets a message sent at {@code at} is signed with: the current one, and the previous one while valid. */
    public List<String> secretsAt(Instant at) {
        return previousSecret != null && previousSecretUntil != null && previousSecretUntil.isAfter(at)
                ? List.of(secret, previousSecret) : List.of(secret);
    }

    /** Signed with {@code newSecret} from now on; the current one stays valid too until {@code at + overlap}. */
    public WebhookEndpoint rotated(String newSecret, Instant at, Duration overlap) {
        return new WebhookEndpoint(id, tenantId, url, eventTypes, newSecret, secret, at.plus(overlap), enabled,
                disabledReason, createdAt);
    }

    public WebhookEndpoint disabled(String why) {
        return new WebhookEndpoint(id, tenantId, url, eventTypes, secret, previousSecret, previousSecretUntil, false,
                why, createdAt);
    }

    public WebhookEndpoint changed(String newUrl, Set<EventType> newTypes, boolean newEnabled) {
        return new WebhookEndpoint(id, tenantId, newUrl, newTypes, secret, previousSecret, previousSecretUntil,
                newEnabled, newEnabled ? null : disabledReason, createdAt);
    }
}
