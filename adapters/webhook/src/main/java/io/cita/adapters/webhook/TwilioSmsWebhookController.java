package io.cita.adapters.webhook;

import com.twilio.security.RequestValidator;
import io.cita.application.port.in.FeedbackRepliesUseCase;
import io.cita.application.port.in.OptOutUseCase;
import io.cita.domain.client.OptOutWords;
import io.cita.domain.conversation.ChatTexts;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Tenant;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.http.NameValuePair;
import org.apache.http.client.utils.URLEncodedUtils;

/**
 * Twilio's webhook for SMS answers to Cita's sender: checked with Twilio's own {@link RequestValidator} over the URL
 * Twilio called and the form fields (401 when the X-Twilio-Signature is missing or wrong); an answer to a request for
 * feedback is taken once by its MessageSid (its reply goes out through the dispatcher); a STOP, BAJA or
 * UNSUBSCRIBE opts the phone out of SMS at the business that last wrote to it and is answered in TwiML. Each
 * message is recorded by its MessageSid, so Twilio's redelivery of it changes nothing and is answered empty (no second
 * confirmation SMS); another STOP changes nothing either.
 */
@Hidden
@Controller("/webhooks/twilio/sms")
public class TwilioSmsWebhookController {
    private final OptOutUseCase optOuts;
    private final FeedbackRepliesUseCase feedback;
    private final String authToken;
    private final String webhookUrl;

    public TwilioSmsWebhookController(OptOutUseCase optOuts, FeedbackRepliesUseCase feedback,
                                      @Nullable @Value("${cita.sms.twilio.auth-token:}") String authToken,
                                      @Nullable @Value("${cita.sms.twilio.webhook-url:}") String webhookUrl) {
        this.optOuts = optOuts;
        this.feedback = feedback;
        this.authToken = authToken;
        this.webhookUrl = webhookUrl;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_XML)
    public HttpResponse<String> receive(HttpRequest<?> request, @Body String body,
                                        @Nullable @Header("X-Twilio-Signature") String signature) {
        Map<String, String> fields = new HashMap<>();
        for (NameValuePair pair : URLEncodedUtils.parse(body == null ? "" : body, StandardCharsets.UTF_8)) {
            fields.put(pair.getName(), pair.getValue());
        }
        if (authToken == null || authToken.isBlank() || signature == null
                || !new RequestValidator(authToken).validate(calledUrl(request), fields, signature)) {
            return HttpResponse.<String>status(HttpStatus.UNAUTHORIZED).body("<Response/>");
        }
        String from = fields.get("From");
        String messageId = fields.get("MessageSid");
        if (from == null) {
            return HttpResponse.ok("<Response/>");
        }
        if (!OptOutWords.isOptOut(fields.get("Body"))) {
            if (messageId != null && !messageId.isBlank()) {
                feedback.receiveOnce(DeliveryChannel.SMS, from, fields.get("Body"), messageId);
            }
            return HttpResponse.ok("<Response/>");
        }
        feedback.receive(DeliveryChannel.SMS, from, fields.get("Body"), messageId);
        Optional<Tenant> tenant;
        if (messageId == null || messageId.isBlank()) {
            tenant = optOuts.optOut(DeliveryChannel.SMS, from, null);
        } else {
            OptOutUseCase.Answer answer = optOuts.optOutOnce(messageId, body, DeliveryChannel.SMS, from);
            if (answer.redelivered()) {
                return HttpResponse.ok("<Response/>");
            }
            tenant = answer.tenant();
        }
        String reply = ChatTexts.say(tenant.map(Tenant::locale).orElse(Language.ES), ChatTexts.Key.OPTED_OUT_SMS,
                tenant.map(Tenant::name).orElse("Cita"));
        return HttpResponse.ok("<Response><Message>" + xml(reply) + "</Message></Response>");
    }

    /** The URL Twilio signed: the configured public one, else this request's as the proxy in front reports it. */
    private String calledUrl(HttpRequest<?> request) {
        if (webhookUrl != null && !webhookUrl.isBlank()) {
            return webhookUrl;
        }
        String scheme = request.getHeaders().get("X-Forwarded-Proto", String.class).orElse("http");
        String host = request.getHeaders().get("Host", String.class).orElse("localhost");
        return scheme + "://" + host + request.getUri();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
