package io.cita.adapters.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cita.application.port.in.ChatInboxUseCase;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WhatsApp Cloud API webhook: the verification handshake, and inbound messages and statuses. The signature is
 * checked over the raw body before anything is read (401 and nothing stored when it is missing or wrong); each
 * message is stored once by its id before the 200, then answered; a failure is retried later by
 * {@link PendingChatRetrier} and a redelivery is ignored.
 */
@Controller("/webhooks/whatsapp")
public class WhatsAppWebhookController {
    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppWebhookController.class);
    private final ChatInboxUseCase inbox;
    private final ObjectMapper json;
    private final String appSecret;
    private final String verifyToken;

    public WhatsAppWebhookController(ChatInboxUseCase inbox, ObjectMapper json,
                                     @Nullable @Value("${whatsapp.app-secret:}") String appSecret,
                                     @Nullable @Value("${whatsapp.verify-token:}") String verifyToken) {
        this.inbox = inbox;
        this.json = json;
        this.appSecret = appSecret;
        this.verifyToken = verifyToken;
    }

    @Get
    @Produces(MediaType.TEXT_PLAIN)
    public HttpResponse<String> verify(@Nullable @QueryValue("hub.mode") String mode,
                                       @Nullable @QueryValue("hub.verify_token") String token,
                                       @Nullable @QueryValue("hub.challenge") String challenge) {
        boolean matches = verifyToken != null && !verifyToken.isBlank() && token != null
                && MessageDigest.isEqual(verifyToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
        if ("subscribe".equals(mode) && matches && challenge != null) {
            return HttpResponse.ok(challenge);
        }
        return HttpResponse.<String>status(HttpStatus.FORBIDDEN).body("verification failed");
    }

    @Post
    @Consumes(MediaType.ALL)
    @Produces(MediaType.TEXT_PLAIN)
    public HttpResponse<String> receive(@Body byte[] body,
                                        @Nullable @Header("X-Hub-Signature-256") String signature) {
        if (!WebhookSignature.valid(appSecret, body, signature)) {
            return HttpResponse.<String>status(HttpStatus.UNAUTHORIZED).body("invalid signature");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            return HttpResponse.badRequest("not JSON");
        }
        WhatsAppPayloads.statuses(root).forEach(status -> inbox.recordStatus(status.id(), status.json()));
        for (WhatsAppPayloads.Inbound message : WhatsAppPayloads.messages(json, root)) {
            if (!inbox.accept(message.id(), message.json())) {
                continue;
            }
            try {
                inbox.process(message.id(), WhatsAppPayloads.toMessage(json.readTree(message.json())));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Message {} stored but not answered yet; it will be retried", message.id(), e);
            }
        }
        return HttpResponse.ok("EVENT_RECEIVED");
    }
}
