package io.cita.adapters.rest.dto;

import io.cita.application.port.in.FeedbackInboxUseCase;
import io.cita.domain.client.Client;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.feedback.FeedbackRequest;
import io.cita.domain.feedback.FeedbackStatus;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.cita.domain.feedback.FeedbackStats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** JSON of a business's feedback inbox. */
public final class FeedbackJson {
    private FeedbackJson() {
    }

    /** POST body marking an answer handled: an optional note (at most 2000 characters). */
    @Introspected
    public record HandleRequest(@Nullable String note) {
    }

    /** One group's figures: requests, responses, ratings 1 to 5, average, happy share, review-link clicks. */
    public record Figures(long requests, long responses, @Nullable Double responseRate, List<Long> ratings,
                          @Nullable Double average, @Nullable Double happyShare, long reviewClicks) {
        static Figures from(FeedbackStats.Figures f) {
            return new Figures(f.requests(), f.responses(), f.responseRate(), f.ratings(), f.average(),
                    f.happyShare(), f.reviewClicks());
        }
    }

    /** The figures of one staff member's resource ("none": requests about no resource). */
    public record ResourceFigures(String resourceId, Figures figures) {
    }

    /** The figures of one month (YYYY-MM, in the business's zone). */
    public record MonthFigures(String month, Figures figures) {
    }

    /** The figures of the requests asked in a period: in all, per staff member and per month. */
    public record Stats(LocalDate from, LocalDate to, Figures total, List<ResourceFigures> byResource,
                        List<MonthFigures> byMonth) {
        public static Stats from(FeedbackInboxUseCase.PeriodStats period) {
            FeedbackStats stats = period.stats();
            return new Stats(period.from(), period.to(), Figures.from(stats.total()), stats.byResource().entrySet().stream()
                    .map(e -> new ResourceFigures(e.getKey(), Figures.from(e.getValue()))).toList(),
                    stats.byMonth().entrySet().stream().map(e -> new MonthFigures(e.getKey().toString(),
                            Figures.from(e.getValue()))).toList());
        }
    }

    /** Who answered: the client's name and phone, to follow the answer up. */
    public record Who(String firstName, @Nullable String lastName, @Nullable String phone, @Nullable String email) {
        static Who from(Client client) {
            return client == null ? null : new Who(client.firstName(), client.lastName(),
                    client.phone() == null ? null : client.phone().value(),
                    client.email() == null ? null : client.email().value());
        }
    }

    /**
     * A request for feedback and what the client answered, with the client when it is known (in the inbox); the
     * form's token never leaves the store.
     */
    public record Response(String id, @Nullable String bookingId, String clientId, @Nullable Who client,
                           @Nullable String resourceId,
                           DeliveryChannel channel, Instant askedAt, FeedbackStatus status, @Nullable Integer rating,
                           @Nullable String comment, boolean contactAllowed, @Nullable Instant answeredAt,
                           boolean handled, @Nullable Instant handledAt, @Nullable String note,
                           @Nullable Instant reviewClickedAt) {
        public static Response from(FeedbackRequest r, Client client) {
            return new Response(r.id(), r.bookingId(), r.clientId(), Who.from(client), r.resourceId(), r.channel(),
                    r.askedAt(), r.status(), r.rating(), r.comment(), r.contactAllowed(), r.answeredAt(),
                    r.handledAt() != null, r.handledAt(), r.note(), r.reviewClickedAt());
        }
    }
}
