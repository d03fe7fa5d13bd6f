package io.cita.application.port.in;

import io.cita.application.port.query.FeedbackFilter;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.client.Client;
import io.cita.domain.feedback.FeedbackRequest;
import io.cita.domain.feedback.FeedbackStats;
import java.time.LocalDate;

/** Incoming port of a business's feedback inbox: the answers its clients gave, and their handling. */
public interface FeedbackInboxUseCase {
    /** An answer with the client who gave it (null once the client is gone), so the business can follow it up. */
    record Answer(FeedbackRequest request, Client client) {
    }

    /** The answers, latest asked first, each with its client. */
    Page<Answer> list(String tenantId, FeedbackFilter filter, PageRequest page);

    /** The figures of a period of the business's days, both included. */
    record PeriodStats(LocalDate from, LocalDate to, FeedbackStats stats) {
    }

    /**
     * The figures of the requests asked from {@code from} to {@code to} (the business's days, both included, at most
     * 366; null: the 30 days to the business's today): requests, responses, ratings, average, happy share and
     * review-link clicks, per staff member and month.
     */
    PeriodStats stats(String tenantId, LocalDate from, LocalDate to);

    /** Marks an answer handled with {@code note} (null: none), audited as {@code feedback.handled}. */
    FeedbackRequest handle(String tenantId, String feedbackId, String note, Actor actor);
}
