package io.cita.application.service.delivery;

import io.cita.domain.booking.Booking;
import io.cita.domain.catalog.Service;
import io.cita.domain.client.Client;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.tenant.Tenant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/** What a message about a booking talks of: the booking, its client, service and business, as template values. */
record BookingMessage(Booking booking, Client client, Service service, Tenant tenant) {
    /** The start in the business's zone and language, for example "martes, 10 de marzo de 2026, 10:00". */
    String startLocal() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(tenant.locale().locale())
                .format(booking.time().start().atZone(tenant.timezone()));
    }

    /** The values of the template variables. */
    Map<String, String> values() {
        return Map.of("client.firstName", client.firstName(), "service.name", service.name(),
                "start.local", startLocal(), "business.name", tenant.name(), "reference", booking.reference());
    }

    /** The same values in the order of a WhatsApp template's parameters {{1}} to {{5}}. */
    List<String> parameters() {
        return List.of(client.firstName(), service.name(), startLocal(), tenant.name(), booking.reference());
    }

    /** Where {@code channel} reaches the client: the e-mail address or the phone number. */
    String address(DeliveryChannel channel) {
        return channel == DeliveryChannel.EMAIL ? client.email().value() : client.phone().value();
    }
}
