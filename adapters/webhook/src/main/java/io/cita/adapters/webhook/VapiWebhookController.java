package io.cita.adapters.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cita.application.port.in.VoiceCallsUseCase;
import io.cita.application.port.in.VoiceCallsUseCase.VoiceLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The Vapi server URL of a business: {@code POST /webhooks/vapi/<slug>}. Vapi must send the business's server
 * credential (a bearer token or {@code X-Vapi-Secret}) and, when an HMAC secret is set, a valid
 * {@code X-Vapi-Signature}; otherwise 401 and nothing is read or stored. Answers {@code assistant-request} with the
 * assistant, {@code tool-calls} with each call's result in call order (see {@link VapiToolCalls}), and logs
 * {@code end-of-call-report}; other messages are acknowledged.
 */
@Hidden
@Controller("/webhooks/vapi/{tenantSlug}")
public class VapiWebhookController {
    private final VoiceCallsUseCase voice;
    private final VapiToolCalls tools;
    private final ObjectMapper json;

    public VapiWebhookController(VoiceCallsUseCase voice, VapiToolCalls tools, ObjectMapper json) {
        this.voice = voice;
        this.tools = tools;
        this.json = json;
    }

    @Post
    @Consumes(MediaType.ALL)
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<?> receive(String tenantSlug, @Body byte[] body,
                                   @Nullable @Header("X-Vapi-Secret") String secret,
                                   @Nullable @Header("Authorization") String authorization,
                                   @Nullable @Header("X-Vapi-Signature") String signature) {
        Optional<VoiceLine> line = voice.authenticate(tenantSlug, credential(secret, authorization))
                .filter(found -> found.assistant().hmacSecret() == null
                        || WebhookSignature.validHex(found.assistant().hmacSecret(), body, signature));
        if (line.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "unauthorized"));
        }
        JsonNode message;
        try {
            message = json.readTree(body == null ? new byte[0] : body).path("message");
        } catch (IOException e) {
            return HttpResponse.badRequest(Map.of("error", "the body must be a Vapi server message"));
        }
        String type = VapiPayloads.text(message.path("type"));
        if ("assistant-request".equals(type)) {
            return HttpResponse.ok(VapiAssistantJson.answer(voice.assistant(line.get()), line.get().assistant()));
        }
        if ("tool-calls".equals(type)) {
            return HttpResponse.ok(Map.of("results", tools.answer(line.get(), message)));
        }
        if ("end-of-call-report".equals(type)) {
            try {
                voice.endOfCall(line.get(), VapiPayloads.report(json, message));
            } catch (JsonProcessingException e) {
                return HttpResponse.badRequest(Map.of("error", "the report's structured data is not JSON"));
            }
        }
        return HttpResponse.ok(Map.of());
    }

    /** The credential Vapi sent: {@code X-Vapi-Secret}, else the bearer token of {@code Authorization}. */
    private static String credential(String secret, String authorization) {
        if (secret != null && !secret.isBlank()) {
            return secret.strip();
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        return null;
    }
}
