package io.cita.application.service.delivery;

import io.cita.domain.delivery.EventType;
import io.cita.domain.delivery.WebhookEndpoint;
import java.util.List;

/** What the audit log keeps of a webhook endpoint: everything but its secrets, and whether one was rotated. */
public record EndpointAuditView(String id, String url, List<String> eventTypes, boolean enabled,
                                String disabledReason, boolean previousSecretStillSigns) {
    static EndpointAuditView of(WebhookEndpoint endpoint) {
        return new EndpointAuditView(endpoint.id(), endpoint.url(), endpoint.eventTypes().stream()
                .map(EventType::wireName).sorted().toList(), endpoint.enabled(), endpoint.disabledReason(),
                endpoint.previousSecret() != null);
    }
}
