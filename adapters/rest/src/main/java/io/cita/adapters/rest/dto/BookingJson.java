package io.cita.adapters.rest.dto;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.BookCommand;
import io.cita.application.port.in.ExplainQuery;
import io.cita.application.port.in.ListAvailabilityUseCase;
import io.cita.application.port.in.NextSlotsQuery;
import io.cita.application.port.in.PlaceHoldCommand;
import io.cita.application.port.in.Zoned;
import io.cita.domain.availability.PartOfDay;
import io.cita.domain.availability.Slot;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.Channel;
import io.cita.domain.booking.Hold;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import java.util.List;

/** The JSON shapes of availability, holds and bookings. */
public final class BookingJson {
    private BookingJson() {
    }

    /** POST .../bookings. */
    @Introspected
    @Schema(name = "BookingRequest", description = "A booking: the service, its start (any offset) and the client, by "
            + "id or by details (found by phone or e-mail, else created)")
    public record Request(@Schema(example = "svc_01JD8X2M5Q3W7R9T1V4Y6B8N0C", requiredMode = REQUIRED) String serviceId,
                          @Schema(example = "2031-03-11T10:00:00+01:00", requiredMode = REQUIRED) String start,
                          @Schema(description = "Resources to book on; any eligible one when absent")
                          @Nullable List<String> resourceIds,
                          @Schema(description = "A hold of the same service, start and seats to convert")
                          @Nullable String holdId,
                          @Nullable String clientId, @Nullable ClientJson.Request client,
                          @Schema(example = "1", description = "Seats of a class; 1 by default")
                          @Nullable Integer seats,
                          @Schema(example = "First visit") @Nullable String notes,
                          @Schema(example = "API", description = "API (default), WIDGET, WHATSAPP, VOICE, SMS, PHONE, "
                                  + "WALK_IN, AGENT") @Nullable String channel) {
        public BookCommand toCommand(String tenantId, Actor actor) {
            return new BookCommand(tenantId, Fields.required("serviceId", serviceId),
                    Fields.required("start", Fields.instant("start", start)), Fields.orDefault(resourceIds, List.of()),
                    holdId, clientId, client == null ? null : client.toDetails(null, "client."),
                    Fields.orDefault(seats, 1), notes,
                    Fields.orDefault(Fields.enumValue("channel", Channel.class, channel), Channel.API), actor);
        }
    }

    /** A booking as the API shows it, times in the tenant's zone. */
    @Schema(name = "Booking", description = "A booking, its times in the tenant's zone")
    public record Response(@Schema(example = "bkg_01JD8X4F0G2H4J6K8M0P2R4T6V") String id,
                           @Schema(example = "K7QW2XPM", description = "What the client quotes") String reference,
                           @Schema(example = "svc_01JD8X2M5Q3W7R9T1V4Y6B8N0C") String serviceId,
                           @Schema(example = "[\"res_01JD8X3A1B3C5D7E9F1G3H5J7K\"]") List<String> resourceIds,
                           @Schema(example = "cli_01JD8X3Z9Y7X5W3V1T9S7R5Q3P") String clientId,
                           @Schema(example = "2031-03-11T10:00:00+01:00") String start,
                           @Schema(example = "2031-03-11T10:45:00+01:00") String end,
                           @Schema(example = "1") int seats,
                           @Schema(example = "CONFIRMED", description = "PENDING, CONFIRMED, CANCELLED, COMPLETED or "
                                   + "NO_SHOW") String status,
                           @Schema(example = "API") String channel, MoneyJson price,
                           @Schema(example = "First visit") @Nullable String notes, @Nullable String cancellationReason,
                           @Schema(example = "1") long version,
                           @Schema(example = "2031-03-01T09:12:44+01:00") String createdAt,
                           @Schema(example = "2031-03-01T09:12:44+01:00") String updatedAt) {
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
    public record Cancel(@Nullable String reason, @Nullable Boolean override) {
    }

    /** POST .../bookings/{id}/reschedule. */
    @Introspected
    public record Reschedule(@Nullable String start, @Nullable List<String> resourceIds) {
    }

    /** POST .../holds. */
    @Introspected
    @Schema(name = "HoldRequest", description = "A slot to hold for a few minutes")
    public record HoldRequest(@Schema(example = "svc_01JD8X2M5Q3W7R9T1V4Y6B8N0C", requiredMode = REQUIRED)
                              String serviceId,
                              @Schema(example = "2031-03-11T10:00:00+01:00", requiredMode = REQUIRED) String start,
                              @Nullable List<String> resourceIds, @Schema(example = "1") @Nullable Integer seats) {
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
    @Schema(name = "Availability", description = "The free slots of a service, in the tenant's zone")
    public record Availability(@Schema(example = "svc_01JD8X2M5Q3W7R9T1V4Y6B8N0C") String serviceId,
                               @Schema(example = "Europe/Madrid") String timezone, List<SlotJson> slots) {
        public static Availability from(ListAvailabilityUseCase.Availability availability) {
            ZoneId zone = availability.timezone();
            return new Availability(availability.serviceId(), zone.getId(), availability.slots().stream()
                    .map(slot -> SlotJson.from(slot, zone)).toList());
        }
    }

    /** One free slot. */
    @Schema(name = "Slot", description = "A free start, the resources it would use and the seats left")
    public record SlotJson(@Schema(example = "2031-03-11T10:00:00+01:00") String start,
                           @Schema(example = "2031-03-11T10:45:00+01:00") String end,
                           @Schema(example = "[\"res_01JD8X3A1B3C5D7E9F1G3H5J7K\"]") List<String> resourceIds,
                           @Schema(example = "1") int seatsLeft) {
        static SlotJson from(Slot slot, ZoneId zone) {
            return new SlotJson(Fields.format(slot.start(), zone), Fields.format(slot.end(), zone), slot.resourceIds(),
                    slot.seatsLeft());
        }
    }

    /** The next bookable starts of a service, as an agent offers them. */
    @Schema(name = "NextSlots")
    public record NextSlots(@Schema(example = "svc_01JD8X2M5Q3W7R9T1V4Y6B8N0C") String serviceId,
                            @Schema(example = "Europe/Madrid") String timezone, List<OfferJson> slots) {
        public static NextSlots from(ListAvailabilityUseCase.Offers offers) {
            ZoneId zone = offers.timezone();
            return new NextSlots(offers.serviceId(), zone.getId(), offers.offers().stream()
                    .map(offer -> OfferJson.from(offer, zone)).toList());
        }

        /** The query of {@code GET .../availability/next}, read from its parameters. */
        public static NextSlotsQuery query(String tenantId, String serviceId, String after, String n,
                                           String partOfDay, String resourceId) {
            return new NextSlotsQuery(tenantId, Fields.required("serviceId", serviceId),
                    Fields.instant("after", after), count(n), Fields.enumValue("partOfDay", PartOfDay.class, partOfDay),
                    resourceId, null);
        }

        private static int count(String n) {
            if (n == null || n.isBlank()) {
                return NextSlotsQuery.DEFAULT_COUNT;
            }
            try {
                return Integer.parseInt(n.trim());
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("n", "must be a whole number from 1 to " + NextSlotsQuery.MAX_COUNT);
            }
        }
    }

    /** One bookable start, with the names of the resources it would use. */
    @Schema(name = "Offer", description = "A bookable start, the resources it would use (ids and names), seats left")
    public record OfferJson(@Schema(example = "2031-03-11T10:00:00+01:00") String start,
                            @Schema(example = "2031-03-11T10:45:00+01:00") String end,
                            @Schema(example = "[\"res_01JD8X3A1B3C5D7E9F1G3H5J7K\"]") List<String> resourceIds,
                            @Schema(example = "[\"María\"]") List<String> resourceNames,
                            @Schema(example = "1") int seatsLeft) {
        static OfferJson from(ListAvailabilityUseCase.Offer offer, ZoneId zone) {
            return new OfferJson(Fields.format(offer.slot().start(), zone), Fields.format(offer.slot().end(), zone),
                    offer.slot().resourceIds(), offer.resourceNames(), offer.slot().seatsLeft());
        }
    }

    /** Whether a start can be booked, and every reason why not, each with a sentence in the tenant's language. */
    @Schema(name = "SlotExplanation")
    public record Explanation(@Schema(example = "svc_01JD8X2M5Q3W7R9T1V4Y6B8N0C") String serviceId,
                              @Schema(example = "2031-03-11T10:00:00+01:00") String start, boolean bookable,
                              List<ReasonJson> reasons) {
        public static Explanation from(ListAvailabilityUseCase.Explanation explanation) {
            return new Explanation(explanation.serviceId(), Fields.format(explanation.start(), explanation.timezone()),
                    explanation.bookable(), explanation.reasons().stream().map(reason -> new ReasonJson(reason.code(),
                    reason.sentence(explanation.language()))).toList());
        }

        /** The query of {@code GET .../availability/explain}, read from its parameters. */
        public static ExplainQuery query(String tenantId, String serviceId, String start, String resourceId) {
            return new ExplainQuery(tenantId, Fields.required("serviceId", serviceId),
                    Fields.required("start", Fields.instant("start", start)), resourceId, null);
        }
    }

    /** Why a start cannot be booked: a code ({@code taken}, {@code min_notice}...) and a sentence. */
    @Schema(name = "UnavailableReason")
    public record ReasonJson(@Schema(example = "taken") String code,
                             @Schema(example = "Esa hora ya está reservada.") String message) {
    }
}
