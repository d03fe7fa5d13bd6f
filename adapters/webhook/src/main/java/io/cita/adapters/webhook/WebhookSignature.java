package io.cita.adapters.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks HMAC-SHA256 signatures of raw bodies: Meta's {@code X-Hub-Signature-256: sha256=<hex>} and Vapi's
 * {@code X-Vapi-Signature: <hex>} (an HMAC credential with no timestamp), in constant time.
 */
final class WebhookSignature {
    private WebhookSignature() {
    }

    static boolean valid(String appSecret, byte[] body, String header) {
        if (header == null || !header.startsWith("sha256=")) {
            return false;
        }
        return validHex(appSecret, body, header.substring("sha256=".length()));
    }

    /** Whether {@code hex} is the HMAC-SHA256 of {@code body} with {@code secret}. */
    static boolean validHex(String secret, byte[] body, String hex) {
        if (secret == null || secret.isBlank() || hex == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(body);
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(hex.strip()));
        } catch (NoSuchAlgorithmException | InvalidKeyException | IllegalArgumentException e) {
            return false;
        }
    }
}
