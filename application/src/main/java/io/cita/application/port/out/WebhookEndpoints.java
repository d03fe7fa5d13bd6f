package io.cita.application.port.out;

import io.cita.domain.delivery.WebhookEndpoint;
import java.util.List;
import java.util.Optional;

/** Outgoing persistence port of a tenant's webhook endpoints. */
public interface WebhookEndpoints {
    /** Stores the endpoint with its audit entry (null: none) in one atomic step. */
    void save(WebhookEndpoint endpoint, AuditRecord audit);

    Optional<WebhookEndpoint> find(String tenantId, String endpointId);

    /** Every endpoint of the tenant, oldest first (a tenant has a handful). */
    List<WebhookEndpoint> list(String tenantId);
}
