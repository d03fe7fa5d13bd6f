package io.cita.adapters.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cita.application.port.out.EventPayloads;
import io.cita.application.port.out.OutboxEvent;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * A webhook's body as Standard Webhooks suggests: {@code {"id", "type", "timestamp", "data"}}, with the booking's id,
 * tenant and status as data (a receiver reads the rest through the API with its own key).
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
        data.put("bookingId", event.subjectId());
        data.put("status", event.status() == null ? null : event.status().toUpperCase(Locale.ROOT));
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the webhook body of " + event.id(), e);
        }
    }
}
