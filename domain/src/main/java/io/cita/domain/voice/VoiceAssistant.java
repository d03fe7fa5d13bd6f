package io.cita.domain.voice;

import io.cita.domain.shared.InvalidValueException;
import io.cita.domain.tenant.Language;
import java.time.Instant;
import java.util.Objects;

/**
 * A tenant's voice assistant on Vapi (seed 001's vapi_configurations): what it says and how, how long a call may
 * last, and how Vapi proves its webhooks are its own: the hash of the server credential it sends as a bearer token or
 * {@code X-Vapi-Secret}, and optionally a secret to check its HMAC signature with.
 */
public record VoiceAssistant(String tenantId, String assistantId, String phoneNumberId, String voice,
                             String firstMessage, String instructions, Language language, String businessContext,
                             String bookingInstructions, int maxCallMinutes, boolean recording, boolean transcription,
                             String credentialHash, String hmacSecret, boolean active, Instant updatedAt) {
    /** The longest call an assistant may be set to, in minutes. */
    public static final int MAX_CALL_MINUTES = 60;
    private static final int SHORT_TEXT = 100;
    private static final int LONG_TEXT = 4000;

    public VoiceAssistant {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(credentialHash, "credentialHash");
        Objects.requireNonNull(updatedAt, "updatedAt");
        assistantId = text("assistantId", assistantId, SHORT_TEXT);
        phoneNumberId = text("phoneNumberId", phoneNumberId, SHORT_TEXT);
        voice = text("voice", voice, SHORT_TEXT);
        firstMessage = text("firstMessage", firstMessage, LONG_TEXT);
        instructions = text("instructions", instructions, LONG_TEXT);
        businessContext = text("businessContext", businessContext, LONG_TEXT);
        bookingInstructions = text("bookingInstructions", bookingInstructions, LONG_TEXT);
        hmacSecret = text("hmacSecret", hmacSecret, SHORT_TEXT);
        if (maxCallMinutes < 1 || maxCallMinutes > MAX_CALL_MINUTES) {
            throw new InvalidValueException("maxCallMinutes must be 1-" + MAX_CALL_MINUTES);
        }
    }

    /** A blank text is absent; a long one is refused with its field's name. */
    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidValueException(field + " must be at most " + max + " characters");
        }
        return value.strip();
    }
}
