package io.cita.application.port.in;

import io.cita.domain.tenant.Tenant;
import io.cita.domain.voice.VoiceAssistant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the voice assistant's webhook asks of Cita during a phone call: set the call up, run its tools, log it. */
public interface VoiceCallsUseCase {
    /**
     * The voice line of the business at {@code slug} when {@code credential} is its server credential; empty for an
     * unknown business and a wrong credential alike.
     */
    Optional<VoiceLine> authenticate(String slug, String credential);

    /** The assistant to answer a new call with, or a polite refusal to say when the business cannot take it. */
    AssistantSetup assistant(VoiceLine line);

    /** Runs one of the call's tool calls, with the caller's number as the customer's. */
    AgentResult tool(VoiceLine line, String callId, String callerPhone, String name, Map<String, Object> arguments);

    /** Logs a finished call once (a redelivered report changes nothing) and counts its minutes. */
    void endOfCall(VoiceLine line, CallReport report);

    /** A business's voice assistant, authenticated. */
    record VoiceLine(Tenant tenant, VoiceAssistant assistant) {
    }

    /**
     * The assistant for a call: when {@code refusal} is not null, the call is to be refused with it; otherwise what
     * the assistant first says, its system prompt, its tools and how long the call may last.
     */
    record AssistantSetup(String refusal, String firstMessage, String systemPrompt, List<AgentTool> tools,
                          int maxDurationSeconds) {
    }

    /** Vapi's end-of-call report of one call. */
    record CallReport(String callId, String callerPhone, Instant startedAt, Instant endedAt, Long durationSeconds,
                      String endedReason, String transcript, String summary, String structuredData, Long costCents) {
    }
}
