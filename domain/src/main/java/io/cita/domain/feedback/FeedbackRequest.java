package io.cita.domain.feedback;

import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One request for feedback after a visit (seed 003's feedback_requests): who was asked about which booking and staff
 * member, on which phone and channel and when, the rating and comment they gave, the private form's single-use token
 * (its hash) while it is open, the business's handling of the answer, and when the client first opened the review
 * link. Each change raises {@code version}, the
 * store's guard against two changes from one state.
 */
public record FeedbackRequest(String id, String tenantId, String bookingId, String clientId, String resourceId,
                              String phone, DeliveryChannel channel, Instant askedAt, FeedbackStatus status,
                              Integer rating, String comment, boolean contactAllowed, String formHash,
                              Instant formExpiresAt, Instant answeredAt, boolean helped, Instant handledAt,
                              String note, Instant reviewClickedAt, long version) {
    /** How long a reply to a request counts as its answer (and, on WhatsApp, comes before the booking chat). */
    public static final Duration REPLY_WINDOW = Duration.ofHours(72);
    /** How long the private form's link works. */
    public static final Duration FORM_LIFETIME = Duration.ofDays(14);
    /** At most one request per client and business in this time. */
    public static final Duration ONCE_IN = Duration.ofDays(30);
    /** The one reminder goes this long after the request when it is still unanswered. */
    public static final Duration REMINDER_AFTER = Duration.ofHours(24);
    private static final int COMMENT_LENGTH = 2000;
    private static final int NOTE_LENGTH = 2000;

    public FeedbackRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(status, "status");
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new InvalidValueException("rating must be from 1 to 5");
        }
        if (comment != null && comment.length() > COMMENT_LENGTH) {
            throw new InvalidValueException("comment must be at most " + COMMENT_LENGTH + " characters");
        }
        if (note != null && note.length() > NOTE_LENGTH) {
            throw new InvalidValueException("note must be at most " + NOTE_LENGTH + " characters");
        }
    }

    /** A new request about {@code bookingId}, to be asked at {@code askedAt}. */
    public static FeedbackRequest asked(String id, String tenantId, String bookingId, String clientId,
                                        String resourceId, String phone, DeliveryChannel channel, Instant askedAt) {
        return new FeedbackRequest(id, tenantId, bookingId, clientId, resourceId, phone, channel, askedAt,
                FeedbackStatus.AWAITING, null, null, false, null, null, null, false, null, null, null, 1);
    }

    /** Whether a message from the client at {@code now} answers it: it was asked, is unanswered, and not long ago. */
    public boolean awaitsAReplyAt(Instant now) {
        return status == FeedbackStatus.AWAITING && !now.isBefore(askedAt)
                && now.isBefore(askedAt.plus(REPLY_WINDOW));
    }

    /**
     * Rated {@code stars} by message: happy, or unhappy with the private form open until
     * {@link #FORM_LIFETIME} from now under the token whose hash is {@code formTokenHash}.
     */
    public FeedbackRequest rated(int stars, boolean happy, String formTokenHash, Instant now) {
        if (happy) {
            return with(FeedbackStatus.HAPPY, stars, comment, contactAllowed, null, null, now, helped, handledAt, note);
        }
        Objects.requireNonNull(formTokenHash, "formTokenHash");
        return with(FeedbackStatus.UNHAPPY, stars, comment, contactAllowed, formTokenHash, now.plus(FORM_LIFETIME),
                now, helped, handledAt, note);
    }

    /** The client was told once how to answer. */
    public FeedbackRequest helpedOnce() {
        return with(status, rating, comment, contactAllowed, formHash, formExpiresAt, answeredAt, true, handledAt,
                note);
    }

    /** The client answered STOP or BAJA. */
    public FeedbackRequest optedOut() {
        return with(FeedbackStatus.OPTED_OUT, rating, comment, contactAllowed, null, null, answeredAt, helped,
                handledAt, note);
    }

    /** Whether the private form is open at {@code now}. */
    public boolean formOpenAt(Instant now) {
        return status == FeedbackStatus.UNHAPPY && formHash != null && formExpiresAt != null
                && now.isBefore(formExpiresAt);
    }

    /** The private form was sent: its token is spent. */
    public FeedbackRequest answered(int stars, String text, boolean mayContact, Instant now) {
        String trimmed = text == null || text.isBlank() ? null : text.strip();
        return with(FeedbackStatus.ANSWERED, stars, trimmed, mayContact, null, null, now, helped, handledAt, note);
    }

    /** The business dealt with the answer, with {@code text} as its note (null: none). */
    public FeedbackRequest handled(String text, Instant now) {
        String trimmed = text == null || text.isBlank() ? null : text.strip();
        return with(status, rating, comment, contactAllowed, formHash, formExpiresAt, answeredAt, helped, now, trimmed);
    }

    /** The client opened the review link at {@code now}: the first time counts. */
    public FeedbackRequest reviewClicked(Instant now) {
        return new FeedbackRequest(id, tenantId, bookingId, clientId, resourceId, phone, channel, askedAt, status,
                rating, comment, contactAllowed, formHash, formExpiresAt, answeredAt, helped, handledAt, note,
                reviewClickedAt == null ? now : reviewClickedAt, version + 1);
    }

    private FeedbackRequest with(FeedbackStatus newStatus, Integer newRating, String newComment, boolean mayContact,
                                 String newFormHash, Instant newFormExpiry, Instant newAnsweredAt, boolean newHelped,
                                 Instant newHandledAt, String newNote) {
        return new FeedbackRequest(id, tenantId, bookingId, clientId, resourceId, phone, channel, askedAt, newStatus,
                newRating, newComment, mayContact, newFormHash, newFormExpiry, newAnsweredAt, newHelped, newHandledAt,
                newNote, reviewClickedAt, version + 1);
    }
}
