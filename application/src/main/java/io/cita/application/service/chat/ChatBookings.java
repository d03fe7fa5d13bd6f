package io.cita.application.service.chat;

import io.cita.application.error.BookingRuleViolationException;
import io.cita.application.error.NotFoundException;
import io.cita.application.error.PlanLimitExceededException;
import io.cita.application.error.SlotUnavailableException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.BookAppointmentUseCase;
import io.cita.application.port.in.BookCommand;
import io.cita.application.port.in.ClientDetails;
import io.cita.application.port.in.HoldSlotUseCase;
import io.cita.application.port.in.ManageBookingsUseCase;
import io.cita.application.port.in.PlaceHoldCommand;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.OutboundMessage;
import io.cita.application.port.query.BookingFilter;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.Hold;
import io.cita.domain.catalog.Service;
import io.cita.domain.conversation.ChatOption;
import io.cita.domain.conversation.ChatTexts.Key;
import io.cita.domain.conversation.Conversation;
import io.cita.domain.conversation.ConversationState;
import io.cita.domain.shared.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the bot does with the customer's time: hold it, book it, list their bookings and cancel one. */
final class ChatBookings {
    private static final int NAME_LENGTH = 100;

    private final ChatOffers offers;
    private final Clients clients;
    private final HoldSlotUseCase holds;
    private final BookAppointmentUseCase booking;
    private final ManageBookingsUseCase bookings;

    ChatBookings(ChatOffers offers, Clients clients, HoldSlotUseCase holds, BookAppointmentUseCase booking,
                 ManageBookingsUseCase bookings) {
        this.offers = offers;
        this.clients = clients;
        this.holds = holds;
        this.booking = booking;
        this.bookings = bookings;
    }

    Conversation hold(ChatTurn turn, Conversation conversation, Instant start) {
        try {
            Hold hold = holds.hold(new PlaceHoldCommand(turn.tenant().id(), conversation.serviceId(), start, List.of(),
                    1, turn.actor())).value();
            Service service = offers.service(turn, conversation.serviceId())
                    .orElseThrow(() -> new NotFoundException("service", conversation.serviceId()));
            LocalDate day = LocalDate.ofInstant(start, turn.tenant().timezone());
            turn.buttons(turn.say(Key.CONFIRM, service.name(), ChatReplies.day(turn, day), ChatReplies.time(turn, start),
                    ChatReplies.money(service.price())), List.of(
                    new OutboundMessage.Option(ChatOption.YES.id(), turn.say(Key.YES), null),
                    new OutboundMessage.Option(ChatOption.NO.id(), turn.say(Key.NO), null)));
            return turn.move(conversation, ConversationState.CONFIRMING, conversation.serviceId(), day, start,
                    hold.id(), List.of(ChatOption.YES.id(), ChatOption.NO.id()), 0);
        } catch (SlotUnavailableException | BookingRuleViolationException e) {
            turn.text(turn.say(Key.SLOT_TAKEN));
            return offers.times(turn, conversation, conversation.date(), 0);
        }
    }

    Conversation book(ChatTurn turn, Conversation conversation) {
        String profile = turn.message().profileName();
        String name = profile == null || profile.isBlank() ? turn.channel().name() : profile.trim();
        try {
            Booking booked = booking.book(new BookCommand(turn.tenant().id(), conversation.serviceId(),
                    conversation.start(), List.of(), conversation.holdId(), null,
                    new ClientDetails(name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name, null, null,
                            new PhoneNumber(turn.customerPhone())), 1, null, turn.channel(), turn.actor())).value();
            LocalDate day = LocalDate.ofInstant(booked.time().start(), turn.tenant().timezone());
            turn.text(turn.say(Key.BOOKED, booked.reference(), ChatReplies.day(turn, day),
                    ChatReplies.time(turn, booked.time().start())));
            return turn.done(conversation);
        } catch (SlotUnavailableException | BookingRuleViolationException | PlanLimitExceededException e) {
            turn.text(turn.say(Key.SLOT_TAKEN));
            return timesAgain(turn, conversation);
        }
    }

    /** Lets the held slot go and offers the day's times again. */
    Conversation decline(ChatTurn turn, Conversation conversation) {
        releaseQuietly(turn, conversation.holdId());
        return timesAgain(turn, conversation);
    }

    Conversation mine(ChatTurn turn, Conversation conversation) {
        List<Booking> upcoming = clients.findByPhone(turn.tenant().id(), turn.customerPhone())
                .map(found -> bookings.list(new BookingFilter(turn.tenant().id(), turn.now(), null, null, null,
                        found.id()), new PageRequest(ChatReplies.PAGE, null), Actor.system()).items())
                .orElse(List.of()).stream().filter(b -> b.status().occupies()).toList();
        if (upcoming.isEmpty()) {
            turn.text(turn.say(Key.NO_BOOKINGS));
            return turn.done(conversation);
        }
        List<OutboundMessage.Option> rows = new ArrayList<>();
        List<String> offered = new ArrayList<>();
        for (int i = 0; i < upcoming.size(); i++) {
            Booking b = upcoming.get(i);
            String service = offers.service(turn, b.serviceId()).map(Service::name).orElse("");
            rows.add(new OutboundMessage.Option(b.id(), (i + 1) + ". " + ChatReplies.time(turn, b.time().start()) + " "
                    + ChatReplies.day(turn, LocalDate.ofInstant(b.time().start(), turn.tenant().timezone())),
                    service + " · " + b.reference()));
            offered.add(b.id());
        }
        turn.list(turn.say(Key.MY_BOOKINGS), turn.say(Key.BUTTON_LIST), rows);
        return turn.move(conversation, ConversationState.MY_BOOKINGS, null, null, null, null, offered, 0);
    }

    Conversation cancel(ChatTurn turn, Conversation conversation, String bookingId) {
        try {
            Booking cancelled = bookings.cancel(turn.tenant().id(), bookingId, "cancelled by the customer on WhatsApp",
                    false, turn.actor());
            turn.text(turn.say(Key.BOOKING_CANCELLED, cancelled.reference()));
        } catch (BookingRuleViolationException e) {
            turn.text(turn.say(Key.CANNOT_CANCEL));
        }
        return turn.done(conversation);
    }

    /** Releases a hold if the conversation has one; one that expired or was converted already is gone anyway. */
    void releaseQuietly(ChatTurn turn, String holdId) {
        if (holdId == null) {
            return;
        }
        try {
            holds.release(turn.tenant().id(), holdId, turn.actor());
        } catch (NotFoundException gone) {
            // the hold expired or was converted already
        }
    }

    private Conversation timesAgain(ChatTurn turn, Conversation conversation) {
        return offers.times(turn, turn.move(conversation, ConversationState.CHOOSING_TIME, conversation.serviceId(),
                conversation.date(), null, null, List.of(), 0), conversation.date(), 0);
    }
}
