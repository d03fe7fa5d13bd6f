package io.cita.application.port.in;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.voice.CallLog;
import io.cita.domain.voice.VoiceAssistant;
import java.util.Optional;

/** A tenant's voice assistant as its owners set it up, and the calls it took. */
public interface ManageVoiceUseCase {
    /**
     * Sets the tenant's voice assistant up or changes it. The first set-up, and any with {@code rotateCredential},
     * makes the server credential Vapi must send, returned here only.
     */
    Configured configure(String tenantId, VoiceSettings settings, Actor actor);

    Optional<VoiceAssistant> find(String tenantId);

    Page<CallLog> calls(String tenantId, PageRequest page);

    /** The assistant as saved and, when one was made, the new credential in clear. */
    record Configured(VoiceAssistant assistant, String credential) {
    }
}
