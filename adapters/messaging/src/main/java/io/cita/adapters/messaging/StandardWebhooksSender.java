package io.cita.adapters.messaging;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import io.cita.application.port.out.WebhookSender;
import io.cita.domain.delivery.WebhookEndpoint;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Posts webhooks signed the Standard Webhooks way ({@code webhook-id}, {@code webhook-timestamp},
 * {@code webhook-signature: v1,...}, HMAC-SHA256 over id.timestamp.body) with the standardwebhooks library, over
 * exactly the bytes sent, once per valid secret (the previous one too while a rotation overlaps, space-separated);
 * 15 seconds at most, no redirects followed. Retries are the dispatcher's.
 */
@Singleton
public class StandardWebhooksSender implements WebhookSender {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int ERROR_BODY = 200;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final SecureRandom random = new SecureRandom();

    @Override
    public Outcome send(WebhookEndpoint endpoint, String messageId, Instant timestamp, String body) {
        long seconds = timestamp.getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            List<String> signatures = new ArrayList<>();
            for (String secret : endpoint.secretsAt(timestamp)) {
                signatures.add(new Webhook(secret).sign(messageId, seconds, body));
            }
            String signature = String.join(" ", signatures);
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url())).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").header("User-Agent", "Cita-Webhooks/1")
                    .header("webhook-id", messageId).header("webhook-timestamp", Long.toString(seconds))
                    .header("webhook-signature", signature).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String answer = response.body() == null ? "" : response.body();
            return new Outcome(status, RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null),
                    Instant.now()), status >= 200 && status < 300 ? null
                    : "HTTP " + status + (answer.isBlank() ? "" : ": " + answer.substring(0, Math.min(ERROR_BODY,
                    answer.length()))));
        } catch (IOException | IllegalArgumentException | WebhookSigningException | EmptyWebhookSecretException e) {
            return new Outcome(0, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, null, "interrupted");
        }
    }

    @Override
    public String newSecret() {
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        return "whsec_" + Base64.getEncoder().encodeToString(secret);
    }
}
