package io.cita.adapters.webhook.violations;

import io.cita.application.port.out.InboundEvents;

/** Violates the inbound-adapter rule on purpose: a webhook that writes to a store port instead of a use case. */
public class WebhookUsingAnOutboundPort {
    public InboundEvents events;
}
