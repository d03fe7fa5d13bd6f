package io.cita.application.port.query;

import io.cita.domain.feedback.FeedbackStatus;

/**
 * Which of a business's feedback requests to list: those rated (by message or form) unless a status is named, with
 * that rating, about that staff member's resource, handled or not (null: any).
 */
public record FeedbackFilter(FeedbackStatus status, Integer rating, String resourceId, Boolean handled) {
    /** Every rated request. */
    public static final FeedbackFilter RATED = new FeedbackFilter(null, null, null, null);
}
