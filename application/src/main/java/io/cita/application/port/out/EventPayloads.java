package io.cita.application.port.out;

/** Outgoing port that writes an outbox event as the JSON body a webhook carries: id, type, timestamp and data. */
public interface EventPayloads {
    String webhookBody(OutboxEvent event);
}
