package io.cita.application.port.out;

import io.cita.application.port.query.FeedbackFilter;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.feedback.FeedbackRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outgoing persistence port of requests for feedback after a visit. */
public interface FeedbackRequests {
    /**
     * Stores {@code request} unless its client was asked by the business at or after {@code notAskedSince}, decided in
     * the write, so that of two completions of one client's visits at once only one asks; true when stored or when a
     * request of the same id already is (an event dispatched twice).
     */
    boolean open(FeedbackRequest request, Instant notAskedSince);

    /** A request by its id, whichever business it belongs to (ids are unique across businesses). */
    Optional<FeedbackRequest> find(String id);

    /** The request asked last of {@code phone} by any business. */
    Optional<FeedbackRequest> latestFor(String phone);

    /**
     * Stores a request's next state (version one above the stored one) with its audit entry (null: none) in one
     * write; false, writing neither, when the stored one moved on.
     */
    boolean update(FeedbackRequest next, AuditRecord audit);

    /** Up to {@code most} of a business's requests asked from {@code from} to before {@code to}, in the order asked. */
    List<FeedbackRequest> askedBetween(String tenantId, Instant from, Instant to, int most);

    /** A business's requests, the latest asked first. */
    Page<FeedbackRequest> list(String tenantId, FeedbackFilter filter, PageRequest page);
}
