package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** SMS to Cita's Twilio webhook, signed the way Twilio signs them (and checked with Twilio's own validator first). */
final class TwilioInbound {
    static final String PATH = "/webhooks/twilio/sms";

    private TwilioInbound() {
    }

    /** Posts {@code fields} to the webhook with {@code signature} as X-Twilio-Signature. */
    static Api.Response post(Api api, Map<String, String> fields, String signature) {
        String form = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return api.send("POST", PATH, null, form, Map.of("Content-Type", "application/x-www-form-urlencoded",
                "X-Twilio-Signature", signature));
    }

    /** Posts {@code fields} to the webhook, signed. */
    static Api.Response signed(Api api, Map<String, String> fields) {
        return post(api, fields, signature(api.baseUrl() + PATH, fields));
    }

    /** An SMS from {@code phone} saying {@code body}, with Twilio's id {@code messageSid}, signed. */
    static Api.Response sms(Api api, String phone, String body, String messageSid) {
        return signed(api, Map.of("From", phone, "To", FakeTwilio.FROM, "Body", body, "MessageSid", messageSid));
    }

    /**
     * Twilio's scheme, written out: Base64 of HMAC-SHA1 over the URL and each field's name and value, sorted; the
     * SDK's {@link RequestValidator} must accept it, so the test signs as Twilio does.
     */
    static String signature(String url, Map<String, String> fields) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(fields).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(FakeTwilio.AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            String signature = Base64.getEncoder().encodeToString(mac.doFinal(data.toString()
                    .getBytes(StandardCharsets.UTF_8)));
            assertThat(new RequestValidator(FakeTwilio.AUTH_TOKEN).validate(url, fields, signature)).isTrue();
            return signature;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
