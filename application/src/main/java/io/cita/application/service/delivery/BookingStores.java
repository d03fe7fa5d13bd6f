package io.cita.application.service.delivery;

import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.OutboxEvent;
import io.cita.application.port.out.Tenants;
import io.cita.domain.booking.Booking;
import io.cita.domain.catalog.Service;
import io.cita.domain.client.Client;
import io.cita.domain.tenant.Tenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The stores a booking's messages are written from, and what they hold of one batch of events. */
public record BookingStores(Bookings bookings, Clients clients, CatalogServices services, Tenants tenants) {
    /** What {@code events} talk of, each read once when first asked for. */
    Subjects of(List<OutboxEvent> events) {
        return new Subjects(events);
    }

    /** One batch's bookings (a tenant's together), tenants, clients and services, read on first use. */
    final class Subjects {
        private final Map<String, Set<String>> bookingIdsOf;
        private final Map<String, Map<String, Booking>> bookingsOf = new HashMap<>();
        private final Map<String, Optional<Tenant>> tenantsOf = new HashMap<>();
        private final Map<String, Optional<Client>> clientsOf = new HashMap<>();
        private final Map<String, Optional<Service>> servicesOf = new HashMap<>();

        private Subjects(List<OutboxEvent> events) {
            bookingIdsOf = events.stream().filter(event -> event.type().aboutABooking()).collect(Collectors.groupingBy(
                    OutboxEvent::tenantId, Collectors.mapping(OutboxEvent::subjectId, Collectors.toSet())));
        }

        /** The event's booking; none for an event about something else (a hold, a client). */
        Optional<Booking> booking(OutboxEvent event) {
            if (!event.type().aboutABooking()) {
                return Optional.empty();
            }
            return Optional.ofNullable(bookingsOf.computeIfAbsent(event.tenantId(), tenantId -> bookings.findAll(
                    tenantId, bookingIdsOf.getOrDefault(tenantId, Set.of()))).get(event.subjectId()));
        }

        Optional<Tenant> tenant(String tenantId) {
            return tenantsOf.computeIfAbsent(tenantId, tenants::find);
        }

        Optional<Client> client(Booking booking) {
            return clientsOf.computeIfAbsent(booking.clientId(), id -> clients.find(booking.tenantId(), id));
        }

        Optional<Service> service(Booking booking) {
            return servicesOf.computeIfAbsent(booking.serviceId(), id -> services.find(booking.tenantId(), id));
        }
    }
}
