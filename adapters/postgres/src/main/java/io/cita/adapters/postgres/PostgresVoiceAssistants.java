package io.cita.adapters.postgres;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.VoiceAssistants;
import io.cita.domain.tenant.Language;
import io.cita.domain.voice.VoiceAssistant;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Voice assistants in seed 001's vapi_configurations, one row per tenant, written with their audit entry. */
@Singleton
@Requires(env = "postgres")
public class PostgresVoiceAssistants implements VoiceAssistants {
    private static final String COLUMNS = "tenant_id, vapi_assistant_id, vapi_phone_number_id, vapi_voice_id, "
            + "assistant_greeting, assistant_instructions, language, business_context, booking_instructions, "
            + "max_call_duration_minutes, enable_call_recording, enable_transcription, credential_hash, hmac_secret, "
            + "is_active, updated_at";

    private final PostgresTransactions tx;

    public PostgresVoiceAssistants(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void save(VoiceAssistant a, AuditRecord audit) {
        tx.write(c -> {
            Sql.update(c, "INSERT INTO vapi_configurations (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?) ON CONFLICT (tenant_id) DO UPDATE SET "
                    + "vapi_assistant_id = EXCLUDED.vapi_assistant_id, "
                    + "vapi_phone_number_id = EXCLUDED.vapi_phone_number_id, vapi_voice_id = EXCLUDED.vapi_voice_id, "
                    + "assistant_greeting = EXCLUDED.assistant_greeting, "
                    + "assistant_instructions = EXCLUDED.assistant_instructions, language = EXCLUDED.language, "
                    + "business_context = EXCLUDED.business_context, "
                    + "booking_instructions = EXCLUDED.booking_instructions, "
                    + "max_call_duration_minutes = EXCLUDED.max_call_duration_minutes, "
                    + "enable_call_recording = EXCLUDED.enable_call_recording, "
                    + "enable_transcription = EXCLUDED.enable_transcription, "
                    + "credential_hash = EXCLUDED.credential_hash, hmac_secret = EXCLUDED.hmac_secret, "
                    + "is_active = EXCLUDED.is_active, updated_at = EXCLUDED.updated_at",
                    a.tenantId(), a.assistantId(), a.phoneNumberId(), a.voice(), a.firstMessage(), a.instructions(),
                    a.language().name(), a.businessContext(), a.bookingInstructions(), a.maxCallMinutes(),
                    a.recording(), a.transcription(), a.credentialHash(), a.hmacSecret(), a.active(), a.updatedAt());
            PostgresAuditLog.insert(c, audit);
            return null;
        });
    }

    @Override
    public Optional<VoiceAssistant> find(String tenantId) {
        return tx.read(c -> Sql.one(c, rs -> new VoiceAssistant(rs.getString("tenant_id"),
                rs.getString("vapi_assistant_id"), rs.getString("vapi_phone_number_id"), rs.getString("vapi_voice_id"),
                rs.getString("assistant_greeting"), rs.getString("assistant_instructions"),
                Language.valueOf(rs.getString("language")), rs.getString("business_context"),
                rs.getString("booking_instructions"), rs.getInt("max_call_duration_minutes"),
                rs.getBoolean("enable_call_recording"), rs.getBoolean("enable_transcription"),
                rs.getString("credential_hash"), rs.getString("hmac_secret"), rs.getBoolean("is_active"),
                Sql.instant(rs, "updated_at")), "SELECT " + COLUMNS + " FROM vapi_configurations WHERE tenant_id = ?",
                tenantId));
    }
}
