package io.cita.application.service.chat;

import io.cita.application.port.in.BookAppointmentUseCase;
import io.cita.application.port.in.HoldSlotUseCase;
import io.cita.application.port.in.ListAvailabilityUseCase;
import io.cita.application.port.in.ManageBookingsUseCase;
import io.cita.application.port.out.OutboundMessage;
import io.cita.domain.conversation.ChatOption;
import io.cita.domain.conversation.ChatTexts.Key;
import io.cita.domain.conversation.Conversation;
import io.cita.domain.conversation.ConversationState;
import io.cita.domain.conversation.Move;
import java.util.List;

/**
 * Carries out the moves {@link io.cita.domain.conversation.ConversationFlow} decides, for every chat channel alike
 * (WhatsApp, the web chat): the offers and bookings it makes and the replies it adds to the turn.
 */
record ChatMoves(ChatOffers offers, ChatBookings bookings) {
    static ChatMoves of(ChatBookingService.Parts parts, ListAvailabilityUseCase availability, HoldSlotUseCase holds,
                        BookAppointmentUseCase booking, ManageBookingsUseCase manageBookings) {
        ChatOffers offers = new ChatOffers(parts.services(), parts.catalogs(), availability);
        return new ChatMoves(offers, new ChatBookings(offers, parts.clients(), holds, booking, manageBookings));
    }

    /** Carries a move out (Java 17 has no pattern switch, so the sealed moves are told apart one by one). */
    Conversation carryOut(Move move, ChatTurn turn, Conversation conversation) {
        if (move instanceof Move.Welcome) {
            return welcome(turn, conversation);
        } else if (move instanceof Move.Help) {
            turn.text(turn.say(Key.HELP));
            return turn.touch(conversation);
        } else if (move instanceof Move.Quit) {
            bookings.releaseQuietly(turn, conversation.holdId());
            turn.text(turn.say(Key.CANCELLED));
            return turn.done(conversation);
        } else if (move instanceof Move.Say say) {
            turn.text(turn.say(say.key()));
            return conversation;
        } else if (move instanceof Move.ShowMyBookings) {
            return bookings.mine(turn, conversation);
        } else if (move instanceof Move.OfferServices offer) {
            return offers.services(turn, conversation, offer.page());
        } else if (move instanceof Move.ServiceNamed) {
            return offers.named(turn, conversation).map(serviceId -> offers.days(turn, conversation, serviceId, 0))
                    .orElseGet(() -> carryOut(new Move.Say(Key.NOT_UNDERSTOOD), turn, conversation));
        } else if (move instanceof Move.OfferDays offer) {
            return offers.days(turn, conversation, offer.serviceId(), offer.page());
        } else if (move instanceof Move.OfferTimes offer) {
            return offers.times(turn, conversation, offer.date(), offer.page());
        } else if (move instanceof Move.HoldAt at) {
            return offers.startAt(turn, conversation, at.time()).map(start -> bookings.hold(turn, conversation, start))
                    .orElseGet(() -> carryOut(new Move.Say(Key.TIME_NOT_OFFERED), turn, conversation));
        } else if (move instanceof Move.Hold hold) {
            return bookings.hold(turn, conversation, hold.start());
        } else if (move instanceof Move.Book) {
            return bookings.book(turn, conversation);
        } else if (move instanceof Move.Decline) {
            return bookings.decline(turn, conversation);
        } else if (move instanceof Move.CancelBooking cancel) {
            return bookings.cancel(turn, conversation, cancel.bookingId());
        }
        throw new IllegalArgumentException("unknown move " + move);
    }

    Conversation welcome(ChatTurn turn, Conversation conversation) {
        bookings.releaseQuietly(turn, conversation.holdId());
        turn.buttons(turn.say(Key.WELCOME, turn.tenant().name()), List.of(
                new OutboundMessage.Option(ChatOption.BOOK.id(), turn.say(Key.MENU_BOOK), null),
                new OutboundMessage.Option(ChatOption.MY_BOOKINGS.id(), turn.say(Key.MENU_MY_BOOKINGS), null),
                new OutboundMessage.Option(ChatOption.HELP.id(), turn.say(Key.MENU_HELP), null)));
        return turn.move(conversation, ConversationState.START, null, null, null, null,
                List.of(ChatOption.BOOK.id(), ChatOption.MY_BOOKINGS.id(), ChatOption.HELP.id()), 0);
    }
}
