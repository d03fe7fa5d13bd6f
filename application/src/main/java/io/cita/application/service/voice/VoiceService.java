package io.cita.application.service.voice;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.error.NotFoundException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageVoiceUseCase;
import io.cita.application.port.in.VoiceSettings;
import io.cita.application.port.out.CallLogs;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.SecretTokens;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.out.VoiceAssistants;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.application.service.AuditTrail;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.voice.CallLog;
import io.cita.domain.voice.VoiceAssistant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Sets a tenant's voice assistant up: its settings, its server credential (kept hashed), and its call log. */
public class VoiceService implements ManageVoiceUseCase {
    /** The server credential's prefix, so a leaked one is recognisable. */
    static final String CREDENTIAL_PREFIX = "vsk_";
    private static final int DEFAULT_CALL_MINUTES = 10;

    private final VoiceAssistants assistants;
    private final CallLogs calls;
    private final Tenants tenants;
    private final SecretTokens secrets;
    private final ClockPort clock;
    private final AuditTrail audit;

    public VoiceService(VoiceAssistants assistants, CallLogs calls, Tenants tenants, SecretTokens secrets,
                        ClockPort clock, AuditTrail audit) {
        this.assistants = assistants;
        this.calls = calls;
        this.tenants = tenants;
        this.secrets = secrets;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public Configured configure(String tenantId, VoiceSettings settings, Actor actor) {
        Tenant tenant = tenants.find(tenantId).orElseThrow(() -> new NotFoundException("tenant", tenantId));
        Optional<VoiceAssistant> before = assistants.find(tenantId);
        String credential = before.isEmpty() || settings.rotateCredential()
                ? CREDENTIAL_PREFIX + secrets.newSecret() : null;
        String hash = credential != null ? secrets.hash(credential) : before.get().credentialHash();
        VoiceAssistant assistant = new VoiceAssistant(tenantId, settings.assistantId(), settings.phoneNumberId(),
                settings.voice(), settings.firstMessage(), settings.instructions(),
                language(settings.language(), tenant.locale()), settings.businessContext(),
                settings.bookingInstructions(), settings.maxCallMinutes() == null ? DEFAULT_CALL_MINUTES
                : settings.maxCallMinutes(), Boolean.TRUE.equals(settings.recording()),
                !Boolean.FALSE.equals(settings.transcription()), hash, settings.hmacSecret(),
                !Boolean.FALSE.equals(settings.active()), clock.now());
        assistants.save(assistant, audit.pending(tenantId, actor, before.isEmpty() ? "voice.configured"
                : "voice.updated", "voice", tenantId, before.map(VoiceService::audited).orElse(null),
                audited(assistant)));
        return new Configured(assistant, credential);
    }

    @Override
    public Optional<VoiceAssistant> find(String tenantId) {
        return assistants.find(tenantId);
    }

    @Override
    public Page<CallLog> calls(String tenantId, PageRequest page) {
        return calls.list(tenantId, page);
    }

    private static Language language(String said, Language fallback) {
        if (said == null || said.isBlank()) {
            return fallback;
        }
        try {
            return Language.valueOf(said.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("language", "language must be es or en");
        }
    }

    /** What the audit log keeps of an assistant: its settings, never its secrets. */
    private static Map<String, Object> audited(VoiceAssistant assistant) {
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("assistantId", assistant.assistantId());
        kept.put("phoneNumberId", assistant.phoneNumberId());
        kept.put("language", assistant.language().name());
        kept.put("maxCallMinutes", assistant.maxCallMinutes());
        kept.put("recording", assistant.recording());
        kept.put("transcription", assistant.transcription());
        kept.put("hmac", assistant.hmacSecret() != null);
        kept.put("active", assistant.active());
        return kept;
    }
}
