package io.cita.application.service.delivery;

import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.FeedbackRequests;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.BookingStatus;
import io.cita.domain.client.Client;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.EventType;
import io.cita.domain.feedback.FeedbackRequest;
import io.cita.domain.feedback.FeedbackStatus;
import java.util.Optional;

/**
 * Whether a message is still wanted when its time comes: a reminder only while its booking stands confirmed as it
 * was when the reminder was scheduled, a request for feedback (or its reminder) only while it awaits its answer and
 * the client's consent to it stands, and nothing on a phone channel the client has since left or (but for replies to
 * the client's own messages) without their consent to transactional messages.
 */
record StillWanted(Bookings bookings, Clients clients, FeedbackRequests feedback) {
    /** Why {@code delivery} should not go out any more, or empty when it should. */
    Optional<String> whyNot(Delivery delivery) {
        if (delivery.type() == EventType.FEEDBACK_REQUESTED) {
            return whyNotAsk(delivery);
        }
        Optional<Client> client;
        if (delivery.reminderOf() != null) {
            Optional<Booking> booking = bookings.find(delivery.tenantId(), delivery.reminderOf().bookingId());
            if (booking.isEmpty() || booking.get().version() != delivery.reminderOf().bookingVersion()) {
                return Optional.of("the booking changed after this reminder was scheduled");
            }
            if (booking.get().status() != BookingStatus.CONFIRMED) {
                return Optional.of("the booking is " + booking.get().status().name().toLowerCase());
            }
            client = clients.find(delivery.tenantId(), booking.get().clientId());
        } else if (delivery.channel().reachesAPhone()) {
            client = clients.findByPhone(delivery.tenantId(), delivery.recipient());
        } else {
            return Optional.empty();
        }
        if (client.isPresent() && client.get().preferences().hasLeft(delivery.channel())) {
            return Optional.of("the client left this channel");
        }
        if (client.isPresent() && !client.get().preferences().transactionalConsent()
                && delivery.type() != EventType.FEEDBACK_REPLY) {
            return Optional.of("the client withdrew consent to these messages");
        }
        return Optional.empty();
    }

    /** Why a request for feedback or its reminder should not go out: answered, or the client's consent gone. */
    private Optional<String> whyNotAsk(Delivery delivery) {
        Optional<FeedbackRequest> request = feedback.find(delivery.eventId());
        if (request.isEmpty() || request.get().status() != FeedbackStatus.AWAITING) {
            return Optional.of("the client answered the request for feedback");
        }
        Optional<Client> client = clients.find(delivery.tenantId(), request.get().clientId());
        if (client.isEmpty() || !client.get().preferences().mayBeAskedForFeedbackOn(delivery.channel())) {
            return Optional.of("the client left this channel or withdrew consent to feedback requests");
        }
        return Optional.empty();
    }
}
