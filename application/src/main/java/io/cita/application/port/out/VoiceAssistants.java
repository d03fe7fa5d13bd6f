package io.cita.application.port.out;

import io.cita.domain.voice.VoiceAssistant;
import java.util.Optional;

/** Outgoing persistence port of each tenant's voice assistant (seed 001's vapi_configurations): one per tenant. */
public interface VoiceAssistants {
    /** Creates or replaces the tenant's assistant with its audit entry, in one atomic step. */
    void save(VoiceAssistant assistant, AuditRecord audit);

    Optional<VoiceAssistant> find(String tenantId);
}
