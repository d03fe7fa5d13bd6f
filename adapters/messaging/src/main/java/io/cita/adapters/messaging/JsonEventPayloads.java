package io.cita.adapters.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cita.application.port.out.EventPayloads;
import io.cita.application.port.out.OutboxEvent;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * A webhook's body as Standard Webhooks suggests: {@code {"id", "type", "timestamp", "data"}}, with the tenant and
 * the subject as data: a booking's id and status, a hold's id, or a client's id and the channel it left (a receiver
 * reads the rest through the API with its own key).
 */
@Singleton
public class JsonEventPayloads implements EventPayloads {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String webhookBody(OutboxEvent event) {
        ObjectNode body = json.createObjectNode();
        body.put("id", event.id());
        body.put("type", event.type().wireName());
        body.put("timestamp", event.occurredAt().toString());
        ObjectNode data = body.putObject("data");
        data.put("tenantId", event.tenantId());
        String detail = event.status() == null ? null : event.status().toUpperCase(Locale.ROOT);
        switch (event.type()) {
            case HOLD_EXPIRED -> data.put("holdId", event.subjectId());
            case CLIENT_OPTED_OUT -> data.put("clientId", event.subjectId()).put("channel", detail);
            default -> data.put("bookingId", event.subjectId()).put("status", detail);
        }
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the webhook body of " + event.id(), e);
        }
    }
}
