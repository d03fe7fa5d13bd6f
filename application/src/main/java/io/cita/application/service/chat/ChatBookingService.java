package io.cita.application.service.chat;

import io.cita.application.port.in.BookAppointmentUseCase;
import io.cita.application.port.in.ChatMessage;
import io.cita.application.port.in.HandleChatUseCase;
import io.cita.application.port.in.HoldSlotUseCase;
import io.cita.application.port.in.ListAvailabilityUseCase;
import io.cita.application.port.in.ManageBookingsUseCase;
import io.cita.application.port.in.OptOutUseCase;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Conversations;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.Messenger;
import io.cita.application.port.out.OutboundMessage;
import io.cita.application.port.out.Plans;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.out.UsageCounters;
import io.cita.application.service.CatalogCache;
import io.cita.application.service.MessageBudget;
import io.cita.domain.client.OptOutWords;
import io.cita.domain.conversation.ChatInput;
import io.cita.domain.conversation.ChatOption;
import io.cita.domain.conversation.ChatTexts.Key;
import io.cita.domain.conversation.ChatTexts;
import io.cita.domain.conversation.Conversation;
import io.cita.domain.conversation.ConversationFlow;
import io.cita.domain.conversation.ConversationState;
import io.cita.domain.conversation.Move;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The booking chat on one shared WhatsApp number (seed 002): the router finds the business and conversation, the
 * pure {@link ConversationFlow} decides the move, the offers and bookings carry it out, and the message credits
 * decide whether the replies go. With no business found, the bot asks which one, in Spanish and English.
 */
public class ChatBookingService implements HandleChatUseCase {
    private final ChatRouter router;
    private final ChatOffers offers;
    private final ChatBookings bookings;
    private final MessageCredits credits;
    private final Messenger messenger;
    private final ClockPort clock;
    private final OptOutUseCase optOuts;

    /** The ports the chat reads and writes, and the use cases it books through. */
    public record Parts(Tenants tenants, Conversations conversations, CatalogServices services, CatalogCache catalogs,
                        Clients clients, UsageCounters usage, Plans plans, Messenger messenger, IdGenerator ids,
                        ClockPort clock) {
    }

    public ChatBookingService(Parts parts, ListAvailabilityUseCase availability, HoldSlotUseCase holds,
                              BookAppointmentUseCase booking, ManageBookingsUseCase manageBookings,
                              OptOutUseCase optOuts, String sharedNumberId) {
        this.optOuts = optOuts;
        this.router = new ChatRouter(parts.tenants(), parts.conversations(), parts.ids(), sharedNumberId);
        this.offers = new ChatOffers(parts.services(), parts.catalogs(), availability);
        this.bookings = new ChatBookings(offers, parts.clients(), holds, booking, manageBookings);
        this.credits = new MessageCredits(new MessageBudget(parts.usage(), parts.plans()), parts.conversations(),
                parts.messenger(), bookings);
        this.messenger = parts.messenger();
        this.clock = parts.clock();
    }

    @Override
    public void handle(ChatMessage message) {
        if (OptOutWords.isOptOut(message.text())) {
            optOut(message);
            return;
        }
        Instant now = clock.now();
        Optional<ChatRouter.Route> route = router.route(message, now);
        if (route.isEmpty()) {
            messenger.send(OutboundMessage.text(message.phone(), message.toNumberId(),
                    ChatTexts.say(Language.ES, Key.WHICH_BUSINESS) + "\n"
                            + ChatTexts.say(Language.EN, Key.WHICH_BUSINESS)));
            return;
        }
        ChatTurn turn = new ChatTurn(message, route.get().tenant(), now);
        Conversation conversation = route.get().conversation();
        Move move = route.get().greet() ? new Move.Welcome() : ConversationFlow.next(conversation,
                ChatInput.interpret(message.text(), turn.today()), message.replyId());
        credits.finish(turn, carryOut(move, turn, conversation));
    }

    /** Carries a move out (Java 17 has no pattern switch, so the sealed moves are told apart one by one). */
    private Conversation carryOut(Move move, ChatTurn turn, Conversation conversation) {
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

    /** A STOP: the business that last wrote to this phone sends it no more notices on WhatsApp; one reply says so. */
    private void optOut(ChatMessage message) {
        Optional<Tenant> tenant = optOuts.optOut(DeliveryChannel.WHATSAPP, message.e164Phone(), null);
        Language language = tenant.map(Tenant::locale).orElse(Language.ES);
        String business = tenant.map(Tenant::name).orElse("Cita");
        messenger.send(OutboundMessage.text(message.phone(), message.toNumberId(),
                ChatTexts.say(language, Key.OPTED_OUT, business)));
    }

    private Conversation welcome(ChatTurn turn, Conversation conversation) {
        bookings.releaseQuietly(turn, conversation.holdId());
        turn.buttons(turn.say(Key.WELCOME, turn.tenant().name()), List.of(
                new OutboundMessage.Option(ChatOption.BOOK.id(), turn.say(Key.MENU_BOOK), null),
                new OutboundMessage.Option(ChatOption.MY_BOOKINGS.id(), turn.say(Key.MENU_MY_BOOKINGS), null),
                new OutboundMessage.Option(ChatOption.HELP.id(), turn.say(Key.MENU_HELP), null)));
        return turn.move(conversation, ConversationState.START, null, null, null, null,
                List.of(ChatOption.BOOK.id(), ChatOption.MY_BOOKINGS.id(), ChatOption.HELP.id()), 0);
    }
}
