package io.cita.application.port.in;

import io.cita.application.port.query.FeedbackFilter;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.feedback.FeedbackRequest;

/** Incoming port of a business's feedback inbox: the answers its clients gave, and their handling. */
public interface FeedbackInboxUseCase {
    Page<FeedbackRequest> list(String tenantId, FeedbackFilter filter, PageRequest page);

    /** Marks an answer handled with {@code note} (null: none), audited as {@code feedback.handled}. */
    FeedbackRequest handle(String tenantId, String feedbackId, String note, Actor actor);
}
