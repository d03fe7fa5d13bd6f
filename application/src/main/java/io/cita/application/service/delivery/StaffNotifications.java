package io.cita.application.service.delivery;

import io.cita.application.port.out.EmailComposer;
import io.cita.application.port.out.Members;
import io.cita.application.port.out.OutboxEvent;
import io.cita.application.port.query.Member;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.booking.Booking;
import io.cita.domain.catalog.Service;
import io.cita.domain.client.Client;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.notification.NotificationKind;
import io.cita.domain.notification.NotificationSettings;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a booking change tells the staff members it is booked with, when the business asks for it (tenant setting
 * {@value NotificationSettings#STAFF_SETTING}): an e-mail, with its calendar invitation, to each member whose
 * resource the booking holds, when it is made, moved or cancelled.
 */
public class StaffNotifications implements Notifications {
    private static final int MOST_MEMBERS = 200;
    private final BookingStores stores;
    private final Members members;
    private final MessageComposition composition;

    /** E-mails are written from {@code templates} by {@code composer}; {@code members} says who holds a resource. */
    public StaffNotifications(BookingStores stores, Members members, EmailComposer composer,
                              NotificationTemplateService templates) {
        this.stores = stores;
        this.members = members;
        this.composition = new MessageComposition(composer, templates, List.of());
    }

    @Override
    public List<Delivery> forEvents(List<OutboxEvent> events, Instant now) {
        List<OutboxEvent> told = events.stream().filter(event -> NotificationKind.forStaff(event.type()).isPresent())
                .toList();
        BookingStores.Subjects subjects = stores.of(told);
        List<Delivery> deliveries = new ArrayList<>();
        told.stream().collect(Collectors.groupingBy(OutboxEvent::tenantId)).forEach((tenantId, ofTenant) ->
                subjects.tenant(tenantId).filter(StaffNotifications::wanted)
                        .ifPresent(tenant -> deliveries.addAll(forTenant(tenant, ofTenant, subjects, now))));
        return deliveries;
    }

    private List<Delivery> forTenant(Tenant tenant, List<OutboxEvent> events, BookingStores.Subjects subjects,
                                     Instant now) {
        List<Member> staff = members.list(tenant.id(), new PageRequest(MOST_MEMBERS, null)).items().stream()
                .filter(member -> member.membership().resourceId() != null).toList();
        if (staff.isEmpty()) {
            return List.of();
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (OutboxEvent event : events) {
            Optional<Booking> booking = subjects.booking(event);
            Optional<Client> client = booking.flatMap(subjects::client);
            Optional<Service> service = booking.flatMap(subjects::service);
            if (client.isEmpty() || service.isEmpty()) {
                continue;
            }
            BookingMessage message = new BookingMessage(booking.get(), client.get(), service.get(), tenant);
            NotificationKind kind = NotificationKind.forStaff(event.type()).orElseThrow();
            for (Member member : staff) {
                if (booking.get().resourceIds().contains(member.membership().resourceId())) {
                    String to = member.user().email().value();
                    deliveries.add(Delivery.queued(DeliveryIds.of(event, DeliveryChannel.EMAIL, "staff:" + to),
                            tenant.id(), event.id(), DeliveryChannel.EMAIL, to, event.type(),
                            composition.email(kind, message, to), now));
                }
            }
        }
        return deliveries;
    }

    /** Whether the business asked for its staff to be told; settings saved before they were checked mean no. */
    private static boolean wanted(Tenant tenant) {
        return NotificationSettings.orDefault(() -> NotificationSettings.staffNotified(tenant.settings()), false);
    }
}
