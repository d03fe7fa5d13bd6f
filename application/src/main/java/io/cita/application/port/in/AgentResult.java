package io.cita.application.port.in;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a tool call answers: whether it worked, the failure's code when not ({@code slot_taken}), a short sentence in
 * the tenant's language for the agent to say, and structured data (offers, a booking, the closest services...).
 */
public record AgentResult(boolean ok, String error, String say, Map<String, Object> data) {
    public AgentResult {
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public static AgentResult ok(String say, Map<String, Object> data) {
        return new AgentResult(true, null, say, data);
    }

    public static AgentResult failed(String error, String say, Map<String, Object> data) {
        return new AgentResult(false, error, say, data);
    }

    /** The result as one flat object for an agent: {@code ok}, {@code error} when it failed, {@code say}, the data. */
    public Map<String, Object> flattened() {
        Map<String, Object> flat = new LinkedHashMap<>();
        flat.put("ok", ok);
        if (!ok) {
            flat.put("error", error);
        }
        flat.put("say", say);
        flat.putAll(data);
        return flat;
    }
}
