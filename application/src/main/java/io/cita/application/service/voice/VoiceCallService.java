package io.cita.application.service.voice;

import io.cita.application.port.in.Actor;
import io.cita.application.port.in.AgentCall;
import io.cita.application.port.in.AgentResult;
import io.cita.application.port.in.AgentToolsUseCase;
import io.cita.application.port.in.VoiceCallsUseCase;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.CallLogs;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.SecretTokens;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.out.VoiceAssistants;
import io.cita.application.port.query.BookingFilter;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.Channel;
import io.cita.domain.plan.Limit;
import io.cita.domain.plan.LimitKind;
import io.cita.domain.plan.PlanLimitPolicy;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.voice.CallLog;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The voice assistant's side of a phone call: authenticates Vapi by the tenant's hashed server credential, builds the
 * assistant (refusing politely when the business is closed to the public or its plan's minutes are spent), runs the
 * agent tools for the caller, and logs the call once with the booking it made.
 */
public class VoiceCallService implements VoiceCallsUseCase {
    private static final int BOOKINGS_SCANNED = 50;
    private static final Duration REPORT_DELAY = Duration.ofMinutes(5);

    private final VoiceAssistants assistants;
    private final CallLogs calls;
    private final VoiceCallParts parts;
    private final AgentToolsUseCase tools;

    public VoiceCallService(VoiceAssistants assistants, CallLogs calls, VoiceCallParts parts,
                            AgentToolsUseCase tools) {
        this.assistants = assistants;
        this.calls = calls;
        this.parts = parts;
        this.tools = tools;
    }

    @Override
    public Optional<VoiceLine> authenticate(String slug, String credential) {
        if (credential == null || credential.isBlank()) {
            return Optional.empty();
        }
        Tenants tenants = parts.tenants();
        SecretTokens secrets = parts.secrets();
        return tenants.findBySlug(slug).flatMap(tenant -> assistants.find(tenant.id())
                .filter(assistant -> secrets.matches(credential, assistant.credentialHash()))
                .map(assistant -> new VoiceLine(tenant, assistant)));
    }

    @Override
    public AssistantSetup assistant(VoiceLine line) {
        Tenant tenant = line.tenant();
        boolean english = line.assistant().language() == Language.EN;
        if (!line.assistant().active() || !tenant.status().operating()) {
            return refusal(english ? "Sorry, " + tenant.name() + " cannot take bookings by phone right now."
                    : "Lo sentimos, " + tenant.name() + " no puede atender reservas por teléfono ahora.");
        }
        Instant now = parts.clock().now();
        Limit minutes = PlanLimitPolicy.limitOf(parts.plans().plan(tenant.plan()), LimitKind.VOICE_MINUTES_PER_MONTH);
        long used = CallLog.minutes(parts.usage().voiceIn(tenant.id(), period(tenant, now)).seconds());
        if (!minutes.allowsOneMore(used)) {
            return refusal(english ? "Sorry, " + tenant.name() + " cannot take more calls this month. Please try "
                    + "its website or write to it." : "Lo sentimos, " + tenant.name() + " no puede atender más "
                    + "llamadas este mes. Puede reservar en su web o escribirle.");
        }
        long callMinutes = line.assistant().maxCallMinutes();
        if (!minutes.isUnlimited()) {
            callMinutes = Math.min(callMinutes, minutes.bound() - used);
        }
        return new AssistantSetup(null, VoicePrompt.firstMessage(tenant, line.assistant()),
                VoicePrompt.system(tenant, line.assistant(), parts.catalogs().activeServices(tenant.id(), null),
                        tools.tools(), now), tools.tools(), (int) callMinutes * 60);
    }

    @Override
    public AgentResult tool(VoiceLine line, String callId, String callerPhone, String name,
                            Map<String, Object> arguments) {
        Actor actor = new Actor(Actor.Kind.CHANNEL, "vapi:" + callId, null, null, null, "Vapi");
        return tools.call(new AgentCall(line.tenant().id(), name, arguments, callerPhone, Channel.VOICE, actor));
    }

    @Override
    public void endOfCall(VoiceLine line, CallReport report) {
        Tenant tenant = line.tenant();
        Instant now = parts.clock().now();
        Instant started = report.startedAt() != null ? report.startedAt() : now;
        Instant ended = report.endedAt() != null ? report.endedAt() : now;
        long seconds = report.durationSeconds() != null ? Math.max(0, report.durationSeconds())
                : Math.max(0, Duration.between(started, ended).toSeconds());
        Optional<Booking> booked = bookingMade(tenant, report.callerPhone(), started, ended);
        String error = booked.isEmpty() && report.endedReason() != null
                && report.endedReason().matches("(?i).*(error|fail).*") ? report.endedReason() : null;
        calls.record(new CallLog(parts.ids().newId(IdPrefix.CALL), tenant.id(), report.callId(),
                report.callerPhone(), started, ended, seconds, report.endedReason(), report.transcript(),
                report.summary(), report.structuredData(), report.costCents(), booked.map(Booking::id).orElse(null),
                error, now), period(tenant, started));
    }

    /** The booking the caller made by voice during the call, if any: made through VOICE between its start and end. */
    private Optional<Booking> bookingMade(Tenant tenant, String callerPhone, Instant started, Instant ended) {
        if (callerPhone == null) {
            return Optional.empty();
        }
        Clients clients = parts.clients();
        Bookings bookings = parts.bookings();
        Instant until = ended.plus(REPORT_DELAY);
        return clients.idByPhone(tenant.id(), callerPhone).flatMap(clientId -> bookings.list(new BookingFilter(
                tenant.id(), started, null, null, null, clientId), new PageRequest(BOOKINGS_SCANNED, null)).items()
                .stream().filter(b -> b.channel() == Channel.VOICE && !b.createdAt().isBefore(started)
                        && !b.createdAt().isAfter(until)).reduce((first, later) -> later));
    }

    private static YearMonth period(Tenant tenant, Instant at) {
        return YearMonth.from(at.atZone(tenant.timezone()));
    }

    private static AssistantSetup refusal(String sentence) {
        return new AssistantSetup(sentence, null, null, List.of(), 0);
    }
}
