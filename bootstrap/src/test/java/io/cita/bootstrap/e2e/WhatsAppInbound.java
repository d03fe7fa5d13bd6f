package io.cita.bootstrap.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** WhatsApp Cloud API webhook deliveries to Cita's shared number, signed as Meta signs them (X-Hub-Signature-256). */
final class WhatsAppInbound {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WhatsAppInbound() {
    }

    /** The webhook body of one message from {@code phone} (digits), with its id and content fields. */
    static String payload(String phone, String messageId, Map<String, Object> message) {
        Map<String, Object> full = new HashMap<>(message);
        full.put("from", phone);
        full.put("id", messageId);
        full.put("timestamp", "1732200000");
        Map<String, Object> value = Map.of("messaging_product", "whatsapp",
                "metadata", Map.of("display_phone_number", "34600000000", "phone_number_id",
                        WhatsAppTest.SHARED_NUMBER),
                "contacts", List.of(Map.of("profile", Map.of("name", "Lucía"), "wa_id", phone)),
                "messages", List.of(full));
        try {
            return JSON.writeValueAsString(Map.of("object", "whatsapp_business_account", "entry", List.of(Map.of(
                    "id", "waba", "changes", List.of(Map.of("field", "messages", "value", value))))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A text message from {@code phone} (digits), as a webhook body. */
    static String text(String phone, String text) {
        return payload(phone, "wamid." + UUID.randomUUID(), Map.of("type", "text", "text", Map.of("body", text)));
    }

    /** Posts {@code body} to the webhook signed with {@code secret}. */
    static Api.Response deliver(Api api, String body, String secret) {
        return api.send("POST", "/webhooks/whatsapp", null, body, Map.of("Content-Type", "application/json",
                "X-Hub-Signature-256", "sha256=" + hmac(secret, body)));
    }

    private static String hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
