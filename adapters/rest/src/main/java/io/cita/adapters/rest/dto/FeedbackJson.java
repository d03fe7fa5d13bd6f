package io.cita.adapters.rest.dto;

import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.feedback.FeedbackRequest;
import io.cita.domain.feedback.FeedbackStatus;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** JSON of a business's feedback inbox. */
public final class FeedbackJson {
    private FeedbackJson() {
    }

    /** POST body marking an answer handled: an optional note (at most 2000 characters). */
    @Introspected
    public record HandleRequest(@Nullable String note) {
    }

    /** A request for feedback and what the client answered; the form's token never leaves the store. */
    public record Response(String id, @Nullable String bookingId, String clientId, @Nullable String resourceId,
                           DeliveryChannel channel, Instant askedAt, FeedbackStatus status, @Nullable Integer rating,
                           @Nullable String comment, boolean contactAllowed, @Nullable Instant answeredAt,
                           boolean handled, @Nullable Instant handledAt, @Nullable String note) {
        public static Response from(FeedbackRequest r) {
            return new Response(r.id(), r.bookingId(), r.clientId(), r.resourceId(), r.channel(), r.askedAt(),
                    r.status(), r.rating(), r.comment(), r.contactAllowed(), r.answeredAt(), r.handledAt() != null,
                    r.handledAt(), r.note());
        }
    }
}
