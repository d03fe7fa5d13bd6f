package io.cita.adapters.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cita.application.port.in.AgentResult;
import io.cita.application.port.in.AgentTool;
import io.cita.application.port.in.AgentToolsUseCase;
import io.cita.application.port.in.IdempotencyUseCase;
import io.cita.application.port.in.VoiceCallsUseCase;
import io.cita.application.port.in.VoiceCallsUseCase.VoiceLine;
import io.cita.domain.agent.AgentFailure;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers a {@code tool-calls} message: each call's result in call order as {@code {toolCallId, name, result}} or
 * {@code {toolCallId, name, error}}, each a single-line JSON string. A tool call id of a tool that changes something
 * runs once: a redelivery is answered with what the first delivery answered, through the same idempotency store as the
 * API's Idempotency-Key. A tool that only reads runs again, which changes nothing and spares the store two writes.
 */
@Singleton
public class VapiToolCalls {
    private static final TypeReference<Map<String, Object>> STORED = new TypeReference<>() { };
    private static final String KEY_PREFIX = "vapi-tool:";
    private static final int OK = 200;
    private static final int MAX_ID = 200;

    private final VoiceCallsUseCase voice;
    private final Set<String> changing;
    private final IdempotencyUseCase idempotency;
    private final ObjectMapper json;

    public VapiToolCalls(VoiceCallsUseCase voice, AgentToolsUseCase tools, IdempotencyUseCase idempotency,
                         ObjectMapper json) {
        this.voice = voice;
        this.changing = tools.tools().stream().filter(AgentTool::changes).map(AgentTool::name)
                .collect(Collectors.toUnmodifiableSet());
        this.idempotency = idempotency;
        this.json = json;
    }

    List<Map<String, Object>> answer(VoiceLine line, JsonNode message) {
        List<Map<String, Object>> results = new ArrayList<>();
        for (VapiPayloads.ToolCall call : VapiPayloads.toolCalls(json, message)) {
            results.add(once(line, message, call));
        }
        return results;
    }

    private Map<String, Object> once(VoiceLine line, JsonNode message, VapiPayloads.ToolCall call) {
        if (call.id() == null || call.id().length() > MAX_ID || !changing.contains(call.name())) {
            return run(line, message, call);
        }
        String tenantId = line.tenant().id();
        String key = KEY_PREFIX + call.id();
        IdempotencyUseCase.Claim claim = idempotency.claim(tenantId, key, fingerprint(call));
        if (claim instanceof IdempotencyUseCase.Replay replay) {
            try {
                return json.readValue(replay.body(), STORED);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored tool result is not JSON", e);
            }
        }
        if (!(claim instanceof IdempotencyUseCase.Proceed)) {
            return entry(call, "error", write(Map.of("error", AgentFailure.BUSY.code(),
                    "say", AgentFailure.BUSY.sentence(line.tenant().locale()))));
        }
        Map<String, Object> answer;
        try {
            answer = run(line, message, call);
        } catch (RuntimeException e) {
            idempotency.release(tenantId, key);
            throw e;
        }
        idempotency.complete(tenantId, key, OK, write(answer));
        return answer;
    }

    private Map<String, Object> run(VoiceLine line, JsonNode message, VapiPayloads.ToolCall call) {
        if (call.unreadable() != null) {
            return entry(call, "error", write(Map.of("error", AgentFailure.INVALID_ARGUMENT.code(),
                    "say", call.unreadable())));
        }
        AgentResult result = voice.tool(line, VapiPayloads.callId(message), VapiPayloads.callerPhone(message),
                call.name(), call.arguments());
        return entry(call, result.ok() ? "result" : "error", write(result.flattened()));
    }

    private static Map<String, Object> entry(VapiPayloads.ToolCall call, String field, String value) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("toolCallId", call.id());
        entry.put("name", call.name());
        entry.put(field, value);
        return entry;
    }

    private String fingerprint(VapiPayloads.ToolCall call) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((call.name() + "\n" + write(call.arguments()))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tool result could not be written as JSON", e);
        }
    }
}
