package io.cita.conformance;

import io.cita.application.port.out.Deliveries;
import io.cita.application.port.out.MessageRecipients;
import io.cita.application.port.out.NotificationTemplates;
import io.cita.application.port.out.OutboxEvents;
import io.cita.application.port.out.WebhookEndpoints;

/** The ports the dispatcher works on, of one store. */
public record DispatchStores(OutboxEvents outbox, Deliveries deliveries, WebhookEndpoints endpoints,
                             NotificationTemplates templates, MessageRecipients recipients) {
}
