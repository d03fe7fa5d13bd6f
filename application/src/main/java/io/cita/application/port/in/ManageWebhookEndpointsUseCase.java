package io.cita.application.port.in;

import io.cita.domain.delivery.WebhookEndpoint;
import java.util.List;
import java.util.Set;

/** A tenant's outbound webhook endpoints: where its events are posted, signed. */
public interface ManageWebhookEndpointsUseCase {
    /** Creates an endpoint; the answer is the only time its signing secret is shown. */
    WebhookEndpoint create(String tenantId, String url, Set<String> eventTypes, Actor actor);

    List<WebhookEndpoint> list(String tenantId);

    WebhookEndpoint get(String tenantId, String endpointId);

    /**
     * Gives the endpoint a new signing secret, shown once in the answer; the old one keeps signing too (a second
     * signature) for an overlap, so the receiver can switch without losing a message.
     */
    WebhookEndpoint rotateSecret(String tenantId, String endpointId, Actor actor);

    /** Changes the URL, the event types or the enabled flag (null: as it is). */
    WebhookEndpoint update(String tenantId, String endpointId, String url, Set<String> eventTypes, Boolean enabled,
                           Actor actor);
}
