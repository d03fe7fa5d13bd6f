package io.cita.application.service.feedback;

import io.cita.application.error.ConflictException;
import io.cita.application.error.InvalidRequestException;
import io.cita.application.error.NotFoundException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.FeedbackInboxUseCase;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.FeedbackRequests;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.FeedbackFilter;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.application.service.AuditTrail;
import io.cita.domain.client.Client;
import io.cita.domain.feedback.FeedbackRequest;
import io.cita.domain.feedback.FeedbackSettings;
import io.cita.domain.feedback.FeedbackStats;
import io.cita.domain.tenant.Tenant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A business's feedback inbox: its clients' ratings and comments, latest first, marking one handled, and the figures
 * of a period.
 */
public class FeedbackInboxService implements FeedbackInboxUseCase {
    private static final int NOTE_LENGTH = 2000;
    private static final int MOST_DAYS = 366;
    private static final int DEFAULT_DAYS = 30;
    private static final int MOST_REQUESTS = 200_000;
    private final FeedbackRequests requests;
    private final Tenants tenants;
    private final Clients clients;
    private final ClockPort clock;
    private final AuditTrail audit;

    public FeedbackInboxService(FeedbackRequests requests, Tenants tenants, Clients clients, ClockPort clock,
                                AuditTrail audit) {
        this.requests = requests;
        this.clients = clients;
        this.tenants = tenants;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public Page<Answer> list(String tenantId, FeedbackFilter filter, PageRequest page) {
        Page<FeedbackRequest> found = requests.list(tenantId, filter, page);
        Map<String, Client> clientsById = new HashMap<>();
        List<Answer> answers = found.items().stream().map(request -> new Answer(request, clientsById.computeIfAbsent(
                request.clientId(), id -> clients.find(tenantId, id).orElse(null)))).toList();
        return new Page<>(answers, found.nextCursor());
    }

    @Override
    public PeriodStats stats(String tenantId, LocalDate first, LocalDate last) {
        Tenant tenant = tenants.find(tenantId).orElseThrow(() -> new NotFoundException("tenant", tenantId));
        ZoneId zone = tenant.timezone();
        LocalDate to = last == null ? LocalDate.ofInstant(clock.now(), zone) : last;
        LocalDate from = first == null ? to.minusDays(DEFAULT_DAYS - 1) : first;
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MOST_DAYS) {
            throw new InvalidRequestException("to", "the period may be at most " + MOST_DAYS + " days");
        }
        FeedbackSettings settings = FeedbackSettings.orOff(tenant.settings());
        return new PeriodStats(from, to, FeedbackStats.of(requests.askedBetween(tenantId,
                from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(), MOST_REQUESTS),
                settings.happyThreshold(), zone));
    }

    @Override
    public FeedbackRequest handle(String tenantId, String feedbackId, String note, Actor actor) {
        if (note != null && note.strip().length() > NOTE_LENGTH) {
            throw new InvalidRequestException("note", "must be at most " + NOTE_LENGTH + " characters");
        }
        FeedbackRequest current = requests.find(feedbackId).filter(found -> found.tenantId().equals(tenantId))
                .orElseThrow(() -> new NotFoundException("feedback", feedbackId));
        FeedbackRequest handled = current.handled(note, clock.now());
        if (!requests.update(handled, audit.pending(tenantId, actor, "feedback.handled", "feedback", feedbackId,
                current, handled))) {
            throw new ConflictException("feedbackId", "the feedback changed meanwhile; read it again");
        }
        return handled;
    }
}
