package io.cita.domain.feedback;

/**
 * Where a request for feedback stands: asked and awaiting a rating, rated happy (sent to the public review), rated
 * unhappy (sent to the private form), answered on the private form, or the client opted out.
 */
public enum FeedbackStatus {
    AWAITING, HAPPY, UNHAPPY, ANSWERED, OPTED_OUT;

    /** Whether the client gave a rating (by message or on the form): what the business's inbox lists. */
    public boolean rated() {
        return this == HAPPY || this == UNHAPPY || this == ANSWERED;
    }
}
