package io.cita.application.service.agent;

import io.cita.application.error.BookingRuleViolationException;
import io.cita.application.error.NotFoundException;
import io.cita.application.error.SlotUnavailableException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.AgentResult;
import io.cita.application.port.in.BookAppointmentUseCase;
import io.cita.application.port.in.BookCommand;
import io.cita.application.port.in.ClientDetails;
import io.cita.application.port.in.HoldSlotUseCase;
import io.cita.application.port.in.ManageBookingsUseCase;
import io.cita.application.port.in.PlaceHoldCommand;
import io.cita.application.port.in.SelfServiceUseCase;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.Holds;
import io.cita.application.port.query.BookingFilter;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.agent.AgentFailure;
import io.cita.domain.agent.AgentSentence;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.BookingRule;
import io.cita.domain.booking.Hold;
import io.cita.domain.catalog.Service;
import io.cita.domain.shared.PhoneNumber;
import io.cita.domain.tenant.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The tools that change things: hold an offer, book it, and find, cancel or move the caller's own bookings. */
final class AgentBookings {
    private static final int NAME_LENGTH = 100;
    private static final int LISTED = 10;

    private final AgentOffers offers;
    private final HoldSlotUseCase holding;
    private final Holds holds;
    private final BookAppointmentUseCase booking;
    private final ManageBookingsUseCase bookings;
    private final SelfServiceUseCase selfService;
    private final Clients clients;
    private final CatalogServices services;

    AgentBookings(AgentOffers offers, AgentBookingParts parts) {
        this.offers = offers;
        this.holding = parts.holding();
        this.holds = parts.holds();
        this.booking = parts.booking();
        this.bookings = parts.bookings();
        this.selfService = parts.selfService();
        this.clients = parts.clients();
        this.services = parts.services();
    }

    AgentResult holdOffer(AgentContext context) {
        OfferId offer = OfferId.parse("offerId", context.args().required("offerId"));
        Hold hold;
        try {
            hold = holding.hold(new PlaceHoldCommand(context.tenantId(), offer.serviceId(), offer.start(),
                    offer.resourceIds(), 1, context.call().actor())).value();
        } catch (SlotUnavailableException | BookingRuleViolationException e) {
            throw taken(context, offer.serviceId(), offer.start());
        }
        long minutes = Math.max(1, Duration.between(context.now(), hold.expiresAt()).toMinutes());
        return AgentResult.ok(AgentSentence.HELD.say(context.language(), context.spoken(offer.start()), minutes),
                Map.of("holdId", hold.id(), "offerId", offer.toString(), "expiresAt", hold.expiresAt().toString()));
    }

    /** Books a held offer ({@code holdId}) or, straight away, an offer ({@code offerId}) for the caller's phone. */
    AgentResult book(AgentContext context) {
        PhoneNumber phone = context.phone();
        String holdId = context.args().text("holdId");
        OfferId offer;
        if (holdId != null) {
            Hold hold = holds.findLive(context.tenantId(), holdId, context.now())
                    .orElseThrow(() -> new AgentRefusal(AgentFailure.HOLD_EXPIRED, Map.of()));
            offer = new OfferId(hold.serviceId(), hold.time().start(), hold.resourceIds());
        } else {
            offer = OfferId.parse("offerId", context.args().required("offerId"));
        }
        Booking booked;
        try {
            booked = booking.book(new BookCommand(context.tenantId(), offer.serviceId(), offer.start(),
                    offer.resourceIds(), holdId, null, client(context, phone), 1, context.args().text("notes"),
                    context.call().channel(), context.call().actor())).value();
        } catch (SlotUnavailableException | BookingRuleViolationException e) {
            throw taken(context, offer.serviceId(), offer.start());
        }
        String service = services.find(context.tenantId(), booked.serviceId()).map(Service::name).orElse("");
        return AgentResult.ok(AgentSentence.BOOKED.say(context.language(), service,
                context.spoken(booked.time().start()), booked.reference()), described(context, booked, service));
    }

    AgentResult findMyBookings(AgentContext context) {
        PhoneNumber phone = context.phone();
        List<Booking> upcoming = clients.findByPhone(context.tenantId(), phone.value())
                .map(client -> bookings.list(new BookingFilter(context.tenantId(), context.now(), null, null, null,
                        client.id()), new PageRequest(LISTED, null), Actor.system()).items())
                .orElse(List.of()).stream().filter(b -> b.status().occupies()).toList();
        if (upcoming.isEmpty()) {
            return AgentResult.ok(AgentSentence.NO_BOOKINGS.say(context.language()), Map.of("bookings", List.of()));
        }
        List<Map<String, Object>> listed = upcoming.stream().map(b -> described(context, b,
                services.find(context.tenantId(), b.serviceId()).map(Service::name).orElse(""))).toList();
        String spoken = String.join("; ", listed.stream().map(b -> b.get("service") + " " + b.get("when") + " ("
                + b.get("reference") + ")").toList());
        return AgentResult.ok(AgentSentence.MY_BOOKINGS.say(context.language(), spoken), Map.of("bookings", listed));
    }

    AgentResult cancel(AgentContext context) {
        String reference = context.args().required("reference");
        Booking cancelled = mine(context, () -> selfService.cancel(context.tenantId(), reference,
                context.phone().value(), "cancelled by the customer through " + context.call().channel(),
                context.call().actor()));
        return AgentResult.ok(AgentSentence.CANCELLED.say(context.language(), cancelled.reference()),
                Map.of("reference", cancelled.reference(), "status", cancelled.status().name()));
    }

    AgentResult reschedule(AgentContext context) {
        String reference = context.args().required("reference");
        OfferId offer = OfferId.parse("offerId", context.args().required("offerId"));
        try {
            Booking moved = mine(context, () -> selfService.reschedule(context.tenantId(), reference,
                    context.phone().value(), offer.start(), context.call().actor()));
            String service = services.find(context.tenantId(), moved.serviceId()).map(Service::name).orElse("");
            return AgentResult.ok(AgentSentence.RESCHEDULED.say(context.language(), moved.reference(),
                    context.spoken(moved.time().start())), described(context, moved, service));
        } catch (SlotUnavailableException e) {
            throw taken(context, offer.serviceId(), offer.start());
        }
    }

    /** Runs a change on the caller's own booking: not theirs or unknown is one answer, too late another. */
    private static Booking mine(AgentContext context, Supplier<Booking> change) {
        try {
            return change.get();
        } catch (NotFoundException e) {
            throw new AgentRefusal(AgentFailure.BOOKING_NOT_FOUND, Map.of());
        } catch (BookingRuleViolationException e) {
            if (e.rule() == BookingRule.CANCELLATION_TOO_LATE || e.rule() == BookingRule.INVALID_TRANSITION) {
                throw new AgentRefusal(AgentFailure.OUTSIDE_CANCELLATION_WINDOW, Map.of("rule", e.rule().name()));
            }
            throw new SlotUnavailableException();
        }
    }

    private AgentRefusal taken(AgentContext context, String serviceId, Instant wanted) {
        return new AgentRefusal(AgentFailure.SLOT_TAKEN, Map.of("offers", offers.offersAfter(context, serviceId,
                wanted)));
    }

    private static ClientDetails client(AgentContext context, PhoneNumber phone) {
        String name = context.args().text("name");
        if (name == null) {
            name = context.language() == Language.EN ? "Phone customer" : "Cliente telefónico";
        }
        name = name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name;
        int space = name.indexOf(' ');
        return space < 0 ? new ClientDetails(name, null, null, phone)
                : new ClientDetails(name.substring(0, space), name.substring(space + 1).strip(), null, phone);
    }

    private static Map<String, Object> described(AgentContext context, Booking booking, String service) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("bookingId", booking.id());
        described.put("reference", booking.reference());
        described.put("service", service);
        described.put("start", booking.time().start().atZone(context.zone()).toOffsetDateTime().toString());
        described.put("when", context.spoken(booking.time().start()));
        described.put("status", booking.status().name());
        return described;
    }
}
