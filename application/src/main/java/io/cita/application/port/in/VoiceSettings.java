package io.cita.application.port.in;

/**
 * What a tenant sets of its voice assistant; absent values take their defaults (the tenant's language, ten-minute
 * calls, transcription on, recording off, active). {@code rotateCredential} makes a new server credential, shown once.
 */
public record VoiceSettings(String assistantId, String phoneNumberId, String voice, String firstMessage,
                            String instructions, String language, String businessContext, String bookingInstructions,
                            Integer maxCallMinutes, Boolean recording, Boolean transcription, String hmacSecret,
                            Boolean active, boolean rotateCredential) {
}
