package io.cita.adapters.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cita.application.port.in.ChatMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the WhatsApp Cloud API's webhook payload: every entry, change and message (text, reply button, list reply,
 * template button) and every status. Each message is kept as a small JSON of its own, which is what is stored.
 */
final class WhatsAppPayloads {
    private WhatsAppPayloads() {
    }

    /** One inbound message, ready to store and to process. */
    record Inbound(String id, String json) {
    }

    /** One delivery status. */
    record Status(String id, String json) {
    }

    static List<Inbound> messages(ObjectMapper json, JsonNode root) {
        List<Inbound> result = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                String numberId = value.path("metadata").path("phone_number_id").asText(null);
                Map<String, String> names = new HashMap<>();
                for (JsonNode contact : value.path("contacts")) {
                    names.put(contact.path("wa_id").asText(), contact.path("profile").path("name").asText(null));
                }
                for (JsonNode message : value.path("messages")) {
                    ObjectNode stored = json.createObjectNode();
                    stored.put("id", message.path("id").asText());
                    stored.put("from", message.path("from").asText());
                    stored.put("to", numberId);
                    stored.put("name", names.get(message.path("from").asText()));
                    stored.put("text", text(message));
                    stored.put("replyId", replyId(message));
                    if (!message.path("id").asText().isEmpty() && !message.path("from").asText().isEmpty()) {
                        result.add(new Inbound(message.path("id").asText(), stored.toString()));
                    }
                }
            }
        }
        return result;
    }

    static List<Status> statuses(JsonNode root) {
        List<Status> result = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                for (JsonNode status : change.path("value").path("statuses")) {
                    String id = "status:" + status.path("id").asText() + ":" + status.path("status").asText();
                    result.add(new Status(id, status.toString()));
                }
            }
        }
        return result;
    }

    static ChatMessage toMessage(JsonNode stored) {
        return new ChatMessage(stored.path("id").asText(), stored.path("from").asText(), stored.path("to").asText(null),
                stored.path("text").asText(""), stored.path("replyId").asText(null), stored.path("name").asText(null));
    }

    private static String text(JsonNode message) {
        return switch (message.path("type").asText()) {
            case "text" -> message.path("text").path("body").asText("");
            case "interactive" -> {
                JsonNode interactive = message.path("interactive");
                JsonNode reply = interactive.has("button_reply") ? interactive.path("button_reply")
                        : interactive.path("list_reply");
                yield reply.path("title").asText("");
            }
            case "button" -> message.path("button").path("text").asText("");
            default -> "";
        };
    }

    private static String replyId(JsonNode message) {
        JsonNode interactive = message.path("interactive");
        if (interactive.has("button_reply")) {
            return interactive.path("button_reply").path("id").asText(null);
        }
        if (interactive.has("list_reply")) {
            return interactive.path("list_reply").path("id").asText(null);
        }
        return message.path("button").path("payload").asText(null);
    }
}
