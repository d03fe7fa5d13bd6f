package io.cita.adapters.rest.dto;

import io.cita.application.port.in.VoiceSettings;
import io.cita.domain.voice.CallLog;
import io.cita.domain.voice.VoiceAssistant;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;

/** The JSON shapes of a tenant's voice assistant and of its call log. */
public final class VoiceJson {
    private VoiceJson() {
    }

    /** PUT body: the whole set-up; absent fields take their defaults. */
    @Introspected
    @Schema(name = "VoiceAssistantRequest")
    public record Request(@Nullable @Schema(description = "The Vapi assistant's id, for reference") String assistantId,
                          @Nullable @Schema(description = "The Vapi phone number's id") String phoneNumberId,
                          @Nullable @Schema(example = "jennifer") String voice,
                          @Nullable @Schema(example = "Hola, le atiende Peluquería Sol. ¿En qué puedo ayudarle?")
                          String firstMessage,
                          @Nullable String instructions,
                          @Nullable @Schema(example = "es", description = "es or en; default: the business's")
                          String language,
                          @Nullable String businessContext,
                          @Nullable String bookingInstructions,
                          @Nullable @Schema(example = "10", description = "1-60; default 10") Integer maxCallMinutes,
                          @Nullable Boolean recording,
                          @Nullable Boolean transcription,
                          @Nullable @Schema(description = "The secret of a Vapi HMAC credential (X-Vapi-Signature); "
                                  + "absent: none") String hmacSecret,
                          @Nullable Boolean active,
                          @Nullable @Schema(description = "Make a new server credential (the old one stops "
                                  + "working)") Boolean rotateCredential) {
        public VoiceSettings settings() {
            return new VoiceSettings(assistantId, phoneNumberId, voice, firstMessage, instructions, language,
                    businessContext, bookingInstructions, maxCallMinutes, recording, transcription, hmacSecret, active,
                    Boolean.TRUE.equals(rotateCredential));
        }
    }

    /** The assistant as the API shows it: its secrets never, the new server credential once. */
    @Schema(name = "VoiceAssistant")
    public record Response(@Nullable String assistantId, @Nullable String phoneNumberId, @Nullable String voice,
                           @Nullable String firstMessage, @Nullable String instructions, String language,
                           @Nullable String businessContext, @Nullable String bookingInstructions,
                           int maxCallMinutes, boolean recording, boolean transcription, boolean hmacConfigured,
                           boolean active, String updatedAt,
                           @Schema(description = "Vapi's server URL for this business") String serverUrl,
                           @Nullable @Schema(description = "The server credential Vapi sends as a bearer token or "
                                   + "X-Vapi-Secret, shown once") String credential) {
        public static Response from(VoiceAssistant a, String serverUrl, String credential) {
            return new Response(a.assistantId(), a.phoneNumberId(), a.voice(), a.firstMessage(), a.instructions(),
                    a.language().name().toLowerCase(Locale.ROOT), a.businessContext(),
                    a.bookingInstructions(), a.maxCallMinutes(), a.recording(), a.transcription(),
                    a.hmacSecret() != null, a.active(), a.updatedAt().toString(), serverUrl, credential);
        }
    }

    /** One call of the log. */
    @Schema(name = "VoiceCall")
    public record Call(String id, String callId, @Nullable String callerPhone, String startedAt,
                       @Nullable String endedAt, long durationSeconds, @Nullable String endedReason,
                       @Nullable String transcript, @Nullable String summary,
                       @Nullable @Schema(description = "Vapi's structured data, as the JSON text it sent")
                       String structuredData, @Nullable Long costCents, @Nullable String bookingId,
                       boolean booked, @Nullable String bookingError) {
        public static Call from(CallLog c) {
            return new Call(c.id(), c.callId(), c.callerPhone(), c.startedAt().toString(),
                    c.endedAt() == null ? null : c.endedAt().toString(), c.durationSeconds(), c.endedReason(),
                    c.transcript(), c.summary(), c.structuredData(), c.costCents(), c.bookingId(), c.booked(),
                    c.bookingError());
        }
    }
}
