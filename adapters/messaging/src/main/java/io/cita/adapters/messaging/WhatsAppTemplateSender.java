package io.cita.adapters.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cita.application.port.out.PhoneMessage;
import io.cita.application.port.out.PhoneSender;
import io.cita.application.port.out.SendOutcome;
import io.cita.domain.delivery.DeliveryChannel;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends WhatsApp template messages (the only kind allowed outside the 24-hour window) through the Cloud API: the
 * payload is the request's template with its language and body parameters, and the number it goes out from (the
 * business's own, else Cita's shared one); the answer's message id is the provider id. One attempt per call.
 */
@Singleton
public class WhatsAppTemplateSender implements PhoneSender {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final WhatsAppCloudApi api;

    public WhatsAppTemplateSender(WhatsAppCloudApi api) {
        this.api = api;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.WHATSAPP;
    }

    @Override
    public boolean enabled() {
        return api.configured();
    }

    @Override
    public String compose(PhoneMessage message) {
        ObjectNode payload = json.createObjectNode();
        if (message.fromNumberId() != null) {
            payload.put("from", message.fromNumberId());
        }
        ObjectNode template = payload.putObject("template");
        template.put("name", message.template());
        template.putObject("language").put("code", message.language());
        ArrayNode parameters = template.putArray("components").addObject().put("type", "body")
                .putArray("parameters");
        message.parameters().forEach(value -> parameters.addObject().put("type", "text").put("text", value));
        return payload.toString();
    }

    @Override
    public SendOutcome send(String to, String payload) {
        try {
            JsonNode composed = json.readTree(payload);
            ObjectNode body = json.createObjectNode();
            body.put("messaging_product", "whatsapp");
            body.put("recipient_type", "individual");
            body.put("to", to.startsWith("+") ? to.substring(1) : to);
            body.put("type", "template");
            body.set("template", composed.path("template"));
            HttpRequest request = api.post(composed.path("from").asText(null), body.toString(),
                    Duration.ofSeconds(15));
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() < 300) {
                return SendOutcome.accepted(json.readTree(response.body()).path("messages").path(0).path("id")
                        .asText(null));
            }
            return SendOutcome.refused("WhatsApp API answered " + response.statusCode());
        } catch (IOException e) {
            return SendOutcome.refused("WhatsApp API unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendOutcome.refused("interrupted while sending");
        }
    }
}
