package io.cita.application.service.delivery;

import io.cita.application.port.out.EmailComposer;
import io.cita.application.port.out.OutboxEvent;
import io.cita.application.port.out.PhoneSender;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.BookingStatus;
import io.cita.domain.booking.Channel;
import io.cita.domain.catalog.Service;
import io.cita.domain.client.Client;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.EventType;
import io.cita.domain.delivery.ReminderOf;
import io.cita.domain.notification.NotificationKind;
import io.cita.domain.notification.NotificationSettings;
import io.cita.domain.notification.ReminderPolicy;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a booking change sends its client (confirmed, pending, moved, cancelled) on each channel the client may be
 * reached on, and, while the booking stands confirmed, its reminders, each due at its time and sent only if the
 * booking has not changed since. Composed when the event is dispatched, so a retry sends exactly the same message.
 */
public class ClientNotifications implements Notifications {
    private final BookingStores stores;
    private final MessageComposition composition;

    /** Messages are written from {@code templates} by {@code composer} (e-mail) and the {@code phones} senders. */
    public ClientNotifications(BookingStores stores, EmailComposer composer, NotificationTemplateService templates,
                               List<PhoneSender> phones) {
        this.stores = stores;
        this.composition = new MessageComposition(composer, templates, phones);
    }

    @Override
    public List<Delivery> forEvents(List<OutboxEvent> events, Instant now) {
        BookingStores.Subjects subjects = stores.of(events);
        List<Delivery> deliveries = new ArrayList<>();
        for (OutboxEvent event : events) {
            Optional<Booking> booking = subjects.booking(event);
            Optional<NotificationKind> kind = booking.flatMap(found -> NotificationKind.of(event.type(),
                    found.status()));
            Optional<Client> client = kind.flatMap(notifying -> subjects.client(booking.get()));
            Optional<Tenant> tenant = client.flatMap(found -> subjects.tenant(event.tenantId()));
            List<DeliveryChannel> channels = tenant.map(found -> client.get().transactionalChannels(
                    NotificationSettings.orDefault(() -> NotificationSettings.phoneChannel(found.settings()),
                            DeliveryChannel.WHATSAPP))).orElse(List.of());
            Optional<Service> service = channels.isEmpty() ? Optional.empty() : subjects.service(booking.get());
            service.ifPresent(found -> deliveries.addAll(forEvent(event, kind.get(), channels, new BookingMessage(
                    booking.get(), client.get(), found, tenant.get()), now)));
        }
        return deliveries;
    }

    private List<Delivery> forEvent(OutboxEvent event, NotificationKind kind, List<DeliveryChannel> channels,
                                    BookingMessage message, Instant now) {
        List<Delivery> deliveries = new ArrayList<>();
        for (DeliveryChannel channel : channels) {
            String payload = composition.payload(channel, kind, message);
            if (payload != null) {
                String to = message.address(channel);
                if (!toldInTheChat(event, channel, message.booking())) {
                    deliveries.add(Delivery.queued(DeliveryIds.of(event, channel, to), event.tenantId(), event.id(),
                            channel, to, event.type(), payload, now));
                }
                deliveries.addAll(reminders(event, channel, message, now));
            }
        }
        return deliveries;
    }

    /** A booking made in a WhatsApp chat was confirmed in that chat: no second confirmation there, reminders yes. */
    private static boolean toldInTheChat(OutboxEvent event, DeliveryChannel channel, Booking booking) {
        return event.type() == EventType.BOOKING_CREATED && channel == DeliveryChannel.WHATSAPP
                && booking.channel() == Channel.WHATSAPP;
    }

    /** The reminders of a booking that stands confirmed, on one channel, at the times the business's policy gives. */
    private List<Delivery> reminders(OutboxEvent event, DeliveryChannel channel, BookingMessage message, Instant now) {
        Booking booking = message.booking();
        if (booking.status() != BookingStatus.CONFIRMED) {
            return List.of();
        }
        List<Instant> times = NotificationSettings.orDefault(() -> ReminderPolicy.of(message.tenant().settings()),
                ReminderPolicy.DEFAULT).remindersFor(booking.time().start(), message.tenant().timezone(), now);
        if (times.isEmpty()) {
            return List.of();
        }
        String payload = composition.payload(channel, NotificationKind.BOOKING_REMINDER, message);
        String to = message.address(channel);
        ReminderOf of = new ReminderOf(booking.id(), booking.version());
        return times.stream().map(at -> Delivery.reminder(DeliveryIds.reminder(of, booking.updatedAt(), channel, to,
                at), event.tenantId(), event.id(), channel, to, event.type(), payload, at, of, now)).toList();
    }
}
