package io.cita.adapters.webhook;

import io.cita.application.port.in.AgentTool;
import io.cita.application.port.in.VoiceCallsUseCase.AssistantSetup;
import io.cita.domain.tenant.Language;
import io.cita.domain.voice.VoiceAssistant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to Vapi's {@code assistant-request}: a transient assistant with the business's first message, system
 * prompt and tools (each a function whose parameters are the tool's one JSON Schema), or the refusal Vapi says.
 */
final class VapiAssistantJson {
    private static final List<String> SERVER_MESSAGES = List.of("tool-calls", "end-of-call-report");

    private VapiAssistantJson() {
    }

    static Map<String, Object> answer(AssistantSetup setup, VoiceAssistant configured) {
        if (setup.refusal() != null) {
            return Map.of("error", setup.refusal());
        }
        Map<String, Object> assistant = new LinkedHashMap<>();
        assistant.put("firstMessage", setup.firstMessage());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("provider", "openai");
        model.put("model", "gpt-4o-mini");
        model.put("messages", List.of(Map.of("role", "system", "content", setup.systemPrompt())));
        model.put("tools", setup.tools().stream().map(VapiAssistantJson::function).toList());
        assistant.put("model", model);
        if (configured.voice() != null) {
            assistant.put("voice", Map.of("provider", "11labs", "voiceId", configured.voice()));
        }
        assistant.put("transcriber", Map.of("provider", "deepgram", "language",
                configured.language() == Language.EN ? "en" : "es"));
        assistant.put("maxDurationSeconds", setup.maxDurationSeconds());
        assistant.put("artifactPlan", Map.of("recordingEnabled", configured.recording(),
                "transcriptPlan", Map.of("enabled", configured.transcription())));
        assistant.put("serverMessages", SERVER_MESSAGES);
        return Map.of("assistant", assistant);
    }

    private static Map<String, Object> function(AgentTool tool) {
        return Map.of("type", "function", "async", false, "function", Map.of("name", tool.name(),
                "description", tool.description(), "parameters", tool.inputSchema()));
    }
}
