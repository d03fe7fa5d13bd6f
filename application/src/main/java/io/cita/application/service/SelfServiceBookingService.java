package io.cita.application.service;

import io.cita.application.error.NotFoundException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageBookingsUseCase;
import io.cita.application.port.in.SelfServiceUseCase;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.Clients;
import io.cita.domain.booking.Booking;
import io.cita.domain.client.Client;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Self-service on the public API: a booking is found only when the reference and the client's phone or e-mail both
 * match, and every other answer is the same not-found, so references cannot be probed.
 */
public class SelfServiceBookingService implements SelfServiceUseCase {
    private final Bookings bookings;
    private final Clients clients;
    private final ManageBookingsUseCase lifecycle;

    public SelfServiceBookingService(Bookings bookings, Clients clients, ManageBookingsUseCase lifecycle) {
        this.bookings = bookings;
        this.clients = clients;
        this.lifecycle = lifecycle;
    }

    @Override
    public Booking find(String tenantId, String reference, String contact) {
        String normalized = contact == null ? "" : contact.replaceAll("[\\s()-]", "").toLowerCase(Locale.ROOT);
        return bookings.findByReference(tenantId, reference == null ? "" : reference.toUpperCase(Locale.ROOT))
                .filter(booking -> clients.find(tenantId, booking.clientId()).map(client -> matches(client, normalized))
                        .orElse(false))
                .orElseThrow(() -> new NotFoundException("booking", reference));
    }

    private static boolean matches(Client client, String contact) {
        return !contact.isEmpty() && (client.phone() != null && client.phone().value().equals(contact)
                || client.email() != null && client.email().value().equals(contact));
    }

    @Override
    public Booking cancel(String tenantId, String reference, String contact, String reason, Actor actor) {
        return lifecycle.cancel(tenantId, find(tenantId, reference, contact).id(), reason, false, actor);
    }

    @Override
    public Booking reschedule(String tenantId, String reference, String contact, Instant newStart, Actor actor) {
        return lifecycle.reschedule(tenantId, find(tenantId, reference, contact).id(), newStart, List.of(), actor);
    }
}
