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
import io.cita.domain.conversation.ChatTexts.Key;
import io.cita.domain.conversation.ChatTexts;
import io.cita.domain.conversation.Conversation;
import io.cita.domain.conversation.ConversationFlow;
import io.cita.domain.conversation.Move;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.util.Optional;

/**
 * The booking chat on one shared WhatsApp number (seed 002): the router finds the business and conversation, the
 * pure {@link ConversationFlow} decides the move, the offers and bookings carry it out, and the message credits
 * decide whether the replies go. With no business found, the bot asks which one, in Spanish and English.
 */
public class ChatBookingService implements HandleChatUseCase {
    private final ChatRouter router;
    private final ChatMoves moves;
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
        this.moves = ChatMoves.of(parts, availability, holds, booking, manageBookings);
        this.credits = new MessageCredits(new MessageBudget(parts.usage(), parts.plans()), parts.conversations(),
                parts.messenger(), moves.bookings());
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
        credits.finish(turn, moves.carryOut(move, turn, conversation));
    }

    /** A STOP: the business that last wrote to this phone sends it no more notices on WhatsApp; one reply says so. */
    private void optOut(ChatMessage message) {
        Optional<Tenant> tenant = optOuts.optOut(DeliveryChannel.WHATSAPP, message.e164Phone(), null);
        Language language = tenant.map(Tenant::locale).orElse(Language.ES);
        String business = tenant.map(Tenant::name).orElse("Cita");
        messenger.send(OutboundMessage.text(message.phone(), message.toNumberId(),
                ChatTexts.say(language, Key.OPTED_OUT, business)));
    }
}
