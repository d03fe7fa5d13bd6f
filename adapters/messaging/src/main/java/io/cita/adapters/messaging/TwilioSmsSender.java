package io.cita.adapters.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cita.application.port.out.PhoneMessage;
import io.cita.application.port.out.PhoneSender;
import io.cita.application.port.out.SendOutcome;
import io.cita.domain.delivery.DeliveryChannel;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends SMS through Twilio's Messages API: a form POST of To, From and Body to
 * {@code {base}/2010-04-01/Accounts/{sid}/Messages.json} with basic authentication; the message's SID is the provider
 * id. One attempt per call (15 s at most): the dispatcher retries on the messages' schedule.
 */
@Singleton
public class TwilioSmsSender implements PhoneSender {
    private static final int MAX_LENGTH = 1600;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final String accountSid;
    private final String authToken;
    private final String from;

    public TwilioSmsSender(@Value("${cita.sms.twilio.base-url:`https://api.twilio.com`}") String baseUrl,
                           @Nullable @Value("${cita.sms.twilio.account-sid:}") String accountSid,
                           @Nullable @Value("${cita.sms.twilio.auth-token:}") String authToken,
                           @Nullable @Value("${cita.sms.twilio.from:}") String from) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.accountSid = accountSid;
        this.authToken = authToken;
        this.from = from;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.SMS;
    }

    @Override
    public boolean enabled() {
        return present(accountSid) && present(authToken) && present(from);
    }

    @Override
    public String compose(PhoneMessage message) {
        String text = message.text();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    @Override
    public SendOutcome send(String to, String payload) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", to);
        form.put("From", from);
        form.put("Body", payload);
        String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        String credentials = Base64.getEncoder().encodeToString((accountSid + ":" + authToken)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/2010-04-01/Accounts/"
                        + encode(accountSid) + "/Messages.json")).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() < 300) {
                return SendOutcome.accepted(json.readTree(response.body()).path("sid").asText(null));
            }
            JsonNode error = readQuietly(response.body());
            return SendOutcome.refused("Twilio answered " + response.statusCode()
                    + (error.has("code") ? " (error " + error.path("code").asText() + ": "
                    + error.path("message").asText() + ")" : ""));
        } catch (IOException e) {
            return SendOutcome.refused("Twilio unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendOutcome.refused("interrupted while sending");
        }
    }

    private JsonNode readQuietly(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
