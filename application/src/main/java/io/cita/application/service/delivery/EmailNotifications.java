package io.cita.application.service.delivery;

import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.EmailComposer;
import io.cita.application.port.out.OutboxEvent;
import io.cita.application.port.out.Tenants;
import io.cita.domain.booking.Booking;
import io.cita.domain.catalog.Service;
import io.cita.domain.client.Client;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.notification.MessageTemplate;
import io.cita.domain.notification.NotificationKind;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The e-mail a booking change sends its client (confirmed, pending, moved, cancelled), from the business's template
 * in its language and zone, with a calendar invitation that adds, moves or cancels the event in the client's
 * calendar. Composed when the event is dispatched, so a retry sends exactly the same message; a client without an
 * e-mail address gets none.
 */
public class EmailNotifications implements Notifications {
    private final Bookings bookings;
    private final Clients clients;
    private final CatalogServices services;
    private final Tenants tenants;
    private final EmailComposer composer;
    private final NotificationTemplateService templates;

    public EmailNotifications(Bookings bookings, Clients clients, CatalogServices services, Tenants tenants,
                              EmailComposer composer, NotificationTemplateService templates) {
        this.bookings = bookings;
        this.clients = clients;
        this.services = services;
        this.tenants = tenants;
        this.composer = composer;
        this.templates = templates;
    }

    @Override
    public List<Delivery> forEvent(OutboxEvent event, Instant now) {
        Optional<Booking> booking = bookings.find(event.tenantId(), event.subjectId());
        Optional<NotificationKind> kind = booking.flatMap(found -> NotificationKind.of(event.type(), found.status()));
        Optional<Client> client = kind.flatMap(notifying -> clients.find(event.tenantId(), booking.get().clientId()))
                .filter(found -> found.email() != null);
        if (client.isEmpty()) {
            return List.of();
        }
        Optional<Tenant> tenant = tenants.find(event.tenantId());
        Optional<Service> service = services.find(event.tenantId(), booking.get().serviceId());
        if (tenant.isEmpty() || service.isEmpty()) {
            return List.of();
        }
        String to = client.get().email().value();
        String mime = message(kind.get(), booking.get(), client.get(), tenant.get(), service.get(), to);
        return List.of(Delivery.queued(DispatchService.deliveryId(event, DeliveryChannel.EMAIL, to), event.tenantId(),
                event.id(), DeliveryChannel.EMAIL, to, event.type(), mime, now));
    }

    private String message(NotificationKind kind, Booking booking, Client client, Tenant tenant, Service service,
                           String to) {
        Locale locale = tenant.locale() == Language.EN ? Locale.ENGLISH : Locale.forLanguageTag("es");
        String start = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .format(booking.time().start().atZone(tenant.timezone()));
        Map<String, String> values = Map.of("client.firstName", client.firstName(), "service.name", service.name(),
                "start.local", start, "business.name", tenant.name(), "reference", booking.reference());
        MessageTemplate template = templates.inUse(tenant.id(), kind, tenant.locale());
        EmailComposer.Invite invite = new EmailComposer.Invite(booking.id() + "@cita", booking.version(),
                booking.time().start(), booking.time().end(), service.name() + " · " + tenant.name(),
                kind.cancelsTheEvent());
        return composer.compose(to, composer.render(template.subject(), values, false),
                composer.render(template.body(), values, true), invite);
    }
}
