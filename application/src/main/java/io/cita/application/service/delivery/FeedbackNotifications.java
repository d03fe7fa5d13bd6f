package io.cita.application.service.delivery;

import io.cita.application.port.out.FeedbackRequests;
import io.cita.application.port.out.OutboxEvent;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.BookingStatus;
import io.cita.domain.client.Client;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.EventType;
import io.cita.domain.feedback.FeedbackIds;
import io.cita.domain.feedback.FeedbackRequest;
import io.cita.domain.feedback.FeedbackSettings;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The request for feedback a completed visit sends, when its business asks for feedback and its client consented to it
 * on the business's feedback channel and has not left that channel: due the business's delay after the visit ends (or
 * when it was marked completed, if that is later), out of quiet hours, and at most once per client and business in 30
 * days (decided as the request is stored). The request's id comes from the booking, so a second dispatch of the event
 * adds nothing.
 */
public class FeedbackNotifications implements Notifications {
    private final BookingStores stores;
    private final FeedbackRequests requests;
    private final FeedbackMessages messages;

    public FeedbackNotifications(BookingStores stores, FeedbackRequests requests, FeedbackMessages messages) {
        this.stores = stores;
        this.requests = requests;
        this.messages = messages;
    }

    @Override
    public List<Delivery> forEvents(List<OutboxEvent> events, Instant now) {
        List<OutboxEvent> completions = events.stream().filter(event -> event.type() == EventType.BOOKING_COMPLETED)
                .toList();
        if (completions.isEmpty()) {
            return List.of();
        }
        BookingStores.Subjects subjects = stores.of(completions);
        List<Delivery> deliveries = new ArrayList<>();
        for (OutboxEvent event : completions) {
            Optional<Booking> booking = subjects.booking(event)
                    .filter(found -> found.status() == BookingStatus.COMPLETED);
            Optional<Tenant> tenant = booking.flatMap(found -> subjects.tenant(found.tenantId()));
            Optional<FeedbackSettings> settings = tenant.map(found -> FeedbackSettings.orOff(found.settings()))
                    .filter(FeedbackSettings::enabled);
            Optional<Client> client = settings.flatMap(found -> subjects.client(booking.get()))
                    .filter(found -> found.phone() != null
                            && found.preferences().mayBeAskedForFeedbackOn(settings.get().channel()));
            client.ifPresent(found -> deliveries.addAll(ask(event, booking.get(), tenant.get(), found,
                    settings.get(), now)));
        }
        return deliveries;
    }

    private List<Delivery> ask(OutboxEvent event, Booking booking, Tenant tenant, Client client,
                               FeedbackSettings settings, Instant now) {
        Instant askAt = FeedbackMessages.askAt(tenant, settings, booking.time().end(), event.occurredAt());
        FeedbackRequest request = FeedbackRequest.asked(FeedbackIds.of(tenant.id(), booking.id(), askAt),
                tenant.id(), booking.id(), client.id(), booking.resourceIds().get(0), client.phone().value(),
                settings.channel(), askAt);
        List<Delivery> asking = messages.asking(request, tenant, client, now);
        if (asking.isEmpty() || !requests.open(request, askAt.minus(FeedbackRequest.ONCE_IN))) {
            return List.of();
        }
        return asking;
    }
}
