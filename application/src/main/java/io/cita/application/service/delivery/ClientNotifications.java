package io.cita.application.service.delivery;

import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.EmailComposer;
import io.cita.application.port.out.OutboxEvent;
import io.cita.application.port.out.PhoneSender;
import io.cita.application.port.out.Tenants;
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
import io.cita.domain.shared.InvalidValueException;
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
    private final Bookings bookings;
    private final Clients clients;
    private final CatalogServices services;
    private final Tenants tenants;
    private final MessageComposition composition;

    /** The stores read to write a booking's messages. */
    public record Ports(Bookings bookings, Clients clients, CatalogServices services, Tenants tenants) {
    }

    /** Messages are written from {@code templates} by {@code composer} (e-mail) and the {@code phones} senders. */
    public ClientNotifications(Ports ports, EmailComposer composer, NotificationTemplateService templates,
                               List<PhoneSender> phones) {
        this.bookings = ports.bookings();
        this.clients = ports.clients();
        this.services = ports.services();
        this.tenants = ports.tenants();
        this.composition = new MessageComposition(composer, templates, phones);
    }

    @Override
    public List<Delivery> forEvent(OutboxEvent event, Instant now) {
        Optional<Booking> booking = bookings.find(event.tenantId(), event.subjectId());
        Optional<NotificationKind> kind = booking.flatMap(found -> NotificationKind.of(event.type(), found.status()));
        Optional<Client> client = kind.flatMap(notifying -> clients.find(event.tenantId(), booking.get().clientId()));
        Optional<Tenant> tenant = client.flatMap(found -> tenants.find(event.tenantId()));
        Optional<Service> service = tenant.flatMap(found -> services.find(event.tenantId(), booking.get().serviceId()));
        if (service.isEmpty()) {
            return List.of();
        }
        BookingMessage message = new BookingMessage(booking.get(), client.get(), service.get(), tenant.get());
        List<Delivery> deliveries = new ArrayList<>();
        for (DeliveryChannel channel : client.get().transactionalChannels(phoneChannel(tenant.get()))) {
            String payload = composition.payload(channel, kind.get(), message);
            if (payload != null) {
                String to = message.address(channel);
                if (!toldInTheChat(event, channel, booking.get())) {
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
        List<Instant> times = reminderPolicy(message.tenant()).remindersFor(booking.time().start(), message.tenant().timezone(), now);
        if (times.isEmpty()) {
            return List.of();
        }
        String payload = composition.payload(channel, NotificationKind.BOOKING_REMINDER, message);
        String to = message.address(channel);
        ReminderOf of = new ReminderOf(booking.id(), booking.version());
        return times.stream().map(at -> Delivery.reminder(DeliveryIds.reminder(of, channel, to, at), event.tenantId(),
                event.id(), channel, to, event.type(), payload, at, of, now)).toList();
    }

    /** The business's phone channel; settings saved before they were checked count as the default. */
    private static DeliveryChannel phoneChannel(Tenant tenant) {
        try {
            return NotificationSettings.phoneChannel(tenant.settings());
        } catch (InvalidValueException e) {
            return DeliveryChannel.WHATSAPP;
        }
    }

    private static ReminderPolicy reminderPolicy(Tenant tenant) {
        try {
            return ReminderPolicy.of(tenant.settings());
        } catch (InvalidValueException e) {
            return ReminderPolicy.DEFAULT;
        }
    }
}
