package io.cita.adapters.rest.dto;

import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.EventType;
import io.cita.domain.delivery.WebhookEndpoint;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;

/** The JSON shapes of webhook endpoints and of the delivery log. */
public final class WebhookJson {
    private WebhookJson() {
    }

    /** POST and PATCH body of an endpoint; on PATCH absent fields stay as they are. */
    @Introspected
    @Schema(name = "WebhookEndpointRequest")
    public record Request(@Schema(example = "https://hooks.example.com/cita") @Nullable String url,
                          @Schema(example = "[\"booking.created\", \"booking.cancelled\"]",
                                  description = "Event types to receive; none or absent: every type")
                          @Nullable Set<String> eventTypes,
                          @Nullable Boolean enabled) {
    }

    /** An endpoint as the API shows it; its signing secret only in the answer to its creation. */
    @Schema(name = "WebhookEndpoint")
    public record Response(String id, String url, List<String> eventTypes, boolean enabled,
                           @Nullable String disabledReason, String createdAt,
                           @Schema(description = "The whsec_ signing secret, shown once") @Nullable String secret) {
        public static Response from(WebhookEndpoint endpoint, boolean withSecret) {
            return new Response(endpoint.id(), endpoint.url(), endpoint.eventTypes().stream().map(EventType::wireName)
                    .sorted().toList(), endpoint.enabled(), endpoint.disabledReason(), endpoint.createdAt().toString(),
                    withSecret ? endpoint.secret() : null);
        }
    }

    /** One delivery of the log. */
    @Schema(name = "Delivery")
    public record DeliveryResponse(String id, String eventId, String channel, String recipient, String type,
                                   @Schema(example = "SENT", description = "QUEUED, SENDING, SENT, FAILED, DEAD or "
                                           + "SKIPPED") String status,
                                   @Nullable String reason, int attempts, @Nullable String nextAttemptAt,
                                   @Nullable String providerMessageId, @Nullable String lastError, String createdAt,
                                   String updatedAt) {
        public static DeliveryResponse from(Delivery d) {
            return new DeliveryResponse(d.id(), d.eventId(), d.channel().name(), d.recipient(), d.type().wireName(),
                    d.status().name(), d.reason(), d.attempts(),
                    d.nextAttemptAt() == null ? null : d.nextAttemptAt().toString(), d.providerMessageId(),
                    d.lastError(), d.createdAt().toString(), d.updatedAt().toString());
        }
    }
}
