package io.cita.adapters.messaging;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * Where and as whom Cita calls the WhatsApp Cloud API: the base URL, the access token and Cita's shared number; the
 * request that posts a message from a number (the business's own, or the shared one when null).
 */
@Singleton
public class WhatsAppCloudApi {
    private final String baseUrl;
    private final String accessToken;
    private final String sharedNumberId;

    public WhatsAppCloudApi(@Value("${whatsapp.api-base-url:`https://graph.facebook.com/v21.0`}") String baseUrl,
                            @Nullable @Value("${whatsapp.access-token:}") String accessToken,
                            @Nullable @Value("${whatsapp.phone-number-id:}") String sharedNumberId) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.accessToken = accessToken;
        this.sharedNumberId = sharedNumberId;
    }

    /** Whether a token and a shared number are configured. */
    boolean configured() {
        return accessToken != null && !accessToken.isBlank() && sharedNumberId != null && !sharedNumberId.isBlank();
    }

    /** A POST of {@code json} to {@code /<number>/messages}, answered within {@code timeout}. */
    HttpRequest post(String fromNumberId, String json, Duration timeout) {
        String from = fromNumberId != null && !fromNumberId.isBlank() ? fromNumberId : sharedNumberId;
        return HttpRequest.newBuilder(URI.create(baseUrl + "/" + from + "/messages")).timeout(timeout)
                .header("Authorization", "Bearer " + accessToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }
}
