package io.cita.adapters.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cita.application.port.out.Messenger;
import io.cita.application.port.out.OutboundMessage;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends chat messages through the WhatsApp Cloud API ({@code POST {base}/{phone-number-id}/messages}, bearer token):
 * text, up to 3 reply buttons (titles of at most 20 characters) or a list of up to 10 rows (titles of at most 24,
 * descriptions of at most 72). A 429 or 5xx is retried with exponential backoff, honouring Retry-After.
 */
@Singleton
public class WhatsAppCloudMessenger implements Messenger {
    static final int MAX_BUTTONS = 3;
    static final int MAX_ROWS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppCloudMessenger.class);
    private static final int ATTEMPTS = 4;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final WhatsAppCloudApi api;

    public WhatsAppCloudMessenger(WhatsAppCloudApi api) {
        this.api = api;
    }

    @Override
    public void send(OutboundMessage message) {
        HttpRequest request = api.post(message.fromNumberId(), body(message).toString(), Duration.ofSeconds(10));
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt >= ATTEMPTS) {
                    throw new IllegalStateException("WhatsApp API unreachable", e);
                }
                pause(attempt, null);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sending", e);
            }
            int status = response.statusCode();
            if (status < 300) {
                return;
            }
            if ((status == 429 || status >= 500) && attempt < ATTEMPTS) {
                pause(attempt, response.headers().firstValue("Retry-After").orElse(null));
                continue;
            }
            LOG.warn("WhatsApp API refused a message with {}", status);
            throw new IllegalStateException("WhatsApp API answered " + status);
        }
    }

    private static void pause(int attempt, String retryAfter) {
        Duration asked = RetryAfter.parse(retryAfter, Instant.now());
        long millis = asked == null ? 200L << (attempt - 1) : Math.min(5_000, asked.toMillis());
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }

    /** The Cloud API body for a message, with WhatsApp's size limits applied. */
    ObjectNode body(OutboundMessage message) {
        ObjectNode body = json.createObjectNode();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        body.put("to", message.to());
        if (message.buttons().isEmpty() && message.rows().isEmpty()) {
            body.put("type", "text");
            body.putObject("text").put("body", cut(message.text(), 4096));
            return body;
        }
        body.put("type", "interactive");
        ObjectNode interactive = body.putObject("interactive");
        interactive.putObject("body").put("text", cut(message.text(), 1024));
        if (!message.buttons().isEmpty()) {
            interactive.put("type", "button");
            ArrayNode buttons = interactive.putObject("action").putArray("buttons");
            message.buttons().stream().limit(MAX_BUTTONS).forEach(option -> {
                ObjectNode reply = buttons.addObject().put("type", "reply").putObject("reply");
                reply.put("id", cut(option.id(), 256));
                reply.put("title", cut(option.title(), 20));
            });
            return body;
        }
        interactive.put("type", "list");
        ObjectNode action = interactive.putObject("action");
        action.put("button", cut(message.listButton() == null ? "Elegir" : message.listButton(), 20));
        ArrayNode rows = action.putArray("sections").addObject().put("title", cut("Cita", 24)).putArray("rows");
        message.rows().stream().limit(MAX_ROWS).forEach(option -> {
            ObjectNode row = rows.addObject();
            row.put("id", cut(option.id(), 200));
            row.put("title", cut(option.title(), 24));
            if (option.description() != null) {
                row.put("description", cut(option.description(), 72));
            }
        });
        return body;
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
