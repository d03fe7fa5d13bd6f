package io.cita.application.service.feedback;

import io.cita.application.port.in.ReviewLinkUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.FeedbackRequests;
import io.cita.application.port.out.Tenants;
import io.cita.domain.feedback.FeedbackRequest;
import io.cita.domain.feedback.FeedbackSettings;
import io.cita.domain.feedback.FeedbackStatus;
import java.util.Optional;

/**
 * The review link of a happy client's request leads to the business's review page as it is set now, and its first
 * opening is recorded (a later one, or one lost to a concurrent change, is not counted again); a request that was
 * not rated happy, or a business without a review page, leads nowhere.
 */
public class ReviewLinkService implements ReviewLinkUseCase {
    private final FeedbackRequests requests;
    private final Tenants tenants;
    private final ClockPort clock;

    public ReviewLinkService(FeedbackRequests requests, Tenants tenants, ClockPort clock) {
        this.requests = requests;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public Optional<String> follow(String feedbackId) {
        Optional<FeedbackRequest> request = requests.find(feedbackId)
                .filter(found -> found.status() == FeedbackStatus.HAPPY);
        Optional<String> review = request.flatMap(found -> tenants.find(found.tenantId()))
                .flatMap(tenant -> FeedbackSettings.orOff(tenant.settings()).reviewUrl());
        if (review.isPresent() && request.get().reviewClickedAt() == null) {
            requests.update(request.get().reviewClicked(clock.now()), null);
        }
        return review;
    }
}
