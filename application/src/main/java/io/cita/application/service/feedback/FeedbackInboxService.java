package io.cita.application.service.feedback;

import io.cita.application.error.ConflictException;
import io.cita.application.error.InvalidRequestException;
import io.cita.application.error.NotFoundException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.FeedbackInboxUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.FeedbackRequests;
import io.cita.application.port.query.FeedbackFilter;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.application.service.AuditTrail;
import io.cita.domain.feedback.FeedbackRequest;

/** A business's feedback inbox: its clients' ratings and comments, latest first, and marking one handled. */
public class FeedbackInboxService implements FeedbackInboxUseCase {
    private static final int NOTE_LENGTH = 2000;
    private final FeedbackRequests requests;
    private final ClockPort clock;
    private final AuditTrail audit;

    public FeedbackInboxService(FeedbackRequests requests, ClockPort clock, AuditTrail audit) {
        this.requests = requests;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public Page<FeedbackRequest> list(String tenantId, FeedbackFilter filter, PageRequest page) {
        return requests.list(tenantId, filter, page);
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
