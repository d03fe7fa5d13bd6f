package io.cita.adapters.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.cita.application.port.in.VoiceCallsUseCase.CallReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads Vapi's server messages: the call and its caller, the tool calls asked for, and the end-of-call report. */
final class VapiPayloads {
    /** The longest transcript or summary kept of a call, in characters. */
    static final int MAX_TEXT = 100_000;
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private VapiPayloads() {
    }

    /** One tool call: its id, the tool's name and its arguments, or why they could not be read. */
    record ToolCall(String id, String name, Map<String, Object> arguments, String unreadable) {
    }

    static String callId(JsonNode message) {
        return text(message.path("call").path("id"));
    }

    /** The caller's number: the call's customer, or the message's. */
    static String callerPhone(JsonNode message) {
        String number = text(message.path("call").path("customer").path("number"));
        return number != null ? number : text(message.path("customer").path("number"));
    }

    /**
     * The tool calls in call order, with arguments as a JSON string under {@code function.arguments} or as an object
     * under {@code function.arguments}, {@code arguments} or {@code parameters}.
     */
    static List<ToolCall> toolCalls(ObjectMapper json, JsonNode message) {
        JsonNode list = message.path("toolCallList");
        if (!list.isArray() || list.isEmpty()) {
            list = json.createArrayNode();
            for (JsonNode withTool : message.path("toolWithToolCallList")) {
                ((ArrayNode) list).add(withTool.path("toolCall"));
            }
        }
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode call : list) {
            JsonNode function = call.path("function");
            String name = text(function.path("name"));
            if (name == null) {
                name = text(call.path("name"));
            }
            JsonNode arguments = function.path("arguments");
            if (arguments.isMissingNode() || arguments.isNull()) {
                arguments = call.has("arguments") ? call.path("arguments") : call.path("parameters");
            }
            calls.add(read(json, text(call.path("id")), name, arguments));
        }
        return calls;
    }

    private static ToolCall read(ObjectMapper json, String id, String name, JsonNode arguments) {
        try {
            if (arguments.isTextual()) {
                String text = arguments.asText();
                return new ToolCall(id, name, text.isBlank() ? Map.of() : json.readValue(text, OBJECT), null);
            }
            if (arguments.isObject()) {
                return new ToolCall(id, name, json.convertValue(arguments, OBJECT), null);
            }
            if (arguments.isMissingNode() || arguments.isNull()) {
                return new ToolCall(id, name, Map.of(), null);
            }
            return new ToolCall(id, name, Map.of(), "arguments must be a JSON object");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new ToolCall(id, name, Map.of(), "arguments must be a JSON object");
        }
    }

    static CallReport report(ObjectMapper json, JsonNode message) throws JsonProcessingException {
        JsonNode call = message.path("call");
        JsonNode artifact = message.path("artifact");
        JsonNode analysis = message.path("analysis");
        String transcript = text(artifact.path("transcript"));
        String summary = text(analysis.path("summary"));
        JsonNode structured = analysis.path("structuredData");
        JsonNode duration = message.path("durationSeconds");
        JsonNode cost = message.path("cost").isNumber() ? message.path("cost") : call.path("cost");
        return new CallReport(callId(message), callerPhone(message),
                instant(message.path("startedAt"), call.path("startedAt")),
                instant(message.path("endedAt"), call.path("endedAt")),
                duration.isNumber() ? Math.round(duration.asDouble()) : null,
                text(message.path("endedReason")) != null ? text(message.path("endedReason"))
                        : text(call.path("endedReason")),
                cut(transcript != null ? transcript : text(message.path("transcript"))),
                cut(summary != null ? summary : text(message.path("summary"))),
                structured.isObject() || structured.isArray() ? cut(json.writeValueAsString(structured)) : null,
                cost.isNumber() ? cost.decimalValue().movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                        .min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue() : null);
    }

    private static Instant instant(JsonNode first, JsonNode second) {
        for (JsonNode node : List.of(first, second)) {
            String text = text(node);
            if (text != null) {
                try {
                    return Instant.parse(text);
                } catch (DateTimeParseException e) {
                    // not a time: try the other, else none
                }
            }
        }
        return null;
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }
}
