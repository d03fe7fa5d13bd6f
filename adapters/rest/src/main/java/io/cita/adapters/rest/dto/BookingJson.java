package io.cita.adapters.rest.dto;

import io.cita.application.port.in.Actor;
import io.cita.application.port.in.BookCommand;
import io.cita.application.port.in.ListAvailabilityUseCase;
import io.cita.application.port.in.Zoned;
import io.cita.application.port.in.PlaceHoldCommand;
import io.cita.domain.availability.Slot;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.Channel;
import io.cita.domain.booking.Hold;
import io.micronaut.core.annotation.Introspected;
import java.time.ZoneId;
import java.util.List;

/** The JSON shapes of availability, holds and bookings. */
public final class BookingJson {
    private BookingJson() {
    }

    /** POST .../bookings. */
    @Introspected
    public record Request(String serviceId, String start, List<String> resourceIds, String holdId, String clientId,
                         ClientJson.Request client, Integer seats, String notes, String channel) {
        public BookCommand toCommand(String tenantId, Actor actor) {
            return new BookCommand(tenantId, Fields.required("serviceId", serviceId),
                    Fields.required("start", Fields.instant("start", start)), Fields.orDefault(resourceIds, List.of()),
                    holdId, clientId, client == null ? null : client.toDetails(null, "client."),
                    Fields.orDefault(seats, 1), notes,
                    Fields.orDefault(Fields.enumValue("channel", Channel.class, channel), Channel.API), actor);
        }
    }

    /** A booking as the API shows it, times in the tenant's zone. */
    public record Response(String id, String reference, String serviceId, List<String> resourceIds, String clientId,
                           String start, String end, int seats, String status, String channel, MoneyJson price,
                           String notes, String cancellationReason, long version, String createdAt,
                           String updatedAt) {
        public static Response from(Zoned<Booking> booked) {
            return from(booked.value(), booked.zone());
        }

        public static Response from(Booking booking, ZoneId zone) {
            return new Response(booking.id(), booking.reference(), booking.serviceId(), booking.resourceIds(),
                    booking.clientId(), Fields.format(booking.time().start(), zone),
                    Fields.format(booking.time().end(), zone), booking.seats(), booking.status().name(),
                    booking.channel().name(), MoneyJson.from(booking.price()), booking.notes(),
                    booking.cancellationReason(), booking.version(), Fields.format(booking.createdAt(), zone),
                    Fields.format(booking.updatedAt(), zone));
        }
    }

    /** POST .../bookings/{id}/cancel. */
    @Introspected
    public record Cancel(String reason, Boolean override) {
    }

    /** POST .../bookings/{id}/reschedule. */
    @Introspected
    public record Reschedule(String start, List<String> resourceIds) {
    }

    /** POST .../holds. */
    @Introspected
    public record HoldRequest(String serviceId, String start, List<String> resourceIds, Integer seats) {
        public PlaceHoldCommand toCommand(String tenantId, Actor actor) {
            return new PlaceHoldCommand(tenantId, Fields.required("serviceId", serviceId),
                    Fields.required("start", Fields.instant("start", start)), Fields.orDefault(resourceIds, List.of()),
                    Fields.orDefault(seats, 1), actor);
        }
    }

    /** A hold as the API shows it. */
    public record HoldResponse(String id, String serviceId, List<String> resourceIds, String start, String end,
                               int seats, String expiresAt) {
        public static HoldResponse from(Zoned<Hold> held) {
            return from(held.value(), held.zone());
        }

        public static HoldResponse from(Hold hold, ZoneId zone) {
            return new HoldResponse(hold.id(), hold.serviceId(), hold.resourceIds(),
                    Fields.format(hold.time().start(), zone), Fields.format(hold.time().end(), zone), hold.seats(),
                    Fields.format(hold.expiresAt(), zone));
        }
    }

    /** GET .../availability. */
    public record Availability(String serviceId, String timezone, List<SlotJson> slots) {
        public static Availability from(ListAvailabilityUseCase.Availability availability) {
            ZoneId zone = availability.timezone();
            return new Availability(availability.serviceId(), zone.getId(), availability.slots().stream()
                    .map(slot -> SlotJson.from(slot, zone)).toList());
        }
    }

    /** One free slot. */
    public record SlotJson(String start, String end, List<String> resourceIds, int seatsLeft) {
        static SlotJson from(Slot slot, ZoneId zone) {
            return new SlotJson(Fields.format(slot.start(), zone), Fields.format(slot.end(), zone), slot.resourceIds(),
                    slot.seatsLeft());
        }
    }
}
