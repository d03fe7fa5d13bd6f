package io.cita.application.service.chat;

import io.cita.application.port.in.BookAppointmentUseCase;
import io.cita.application.port.in.ChatMessage;
import io.cita.application.port.in.HoldSlotUseCase;
import io.cita.application.port.in.ListAvailabilityUseCase;
import io.cita.application.port.in.ManageBookingsUseCase;
import io.cita.application.port.in.WebChatUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Conversations;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.OutboundMessage;
import io.cita.application.port.out.SecretTokens;
import io.cita.domain.booking.Channel;
import io.cita.domain.conversation.ChatInput;
import io.cita.domain.conversation.Conversation;
import io.cita.domain.conversation.ConversationFlow;
import io.cita.domain.conversation.Move;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.WidgetSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The web chat: a visitor's conversation is found by the secret id their browser keeps (a conversation keyed
 * {@code web:<secret>}, living as long as the business's WhatsApp conversations), the same {@link ConversationFlow}
 * and {@link ChatMoves} decide and carry out the move, and the replies are the answer. An unknown or expired id
 * starts a new conversation with the welcome. A web chat spends no message credits: nothing is sent through a
 * provider. It answers in the language the visitor reads the page in, the widget's when they do not say.
 */
public class WebChatService implements WebChatUseCase {
    private static final String KEY_PREFIX = "web:";
    private final Conversations conversations;
    private final ChatMoves moves;
    private final IdGenerator ids;
    private final SecretTokens secrets;
    private final ClockPort clock;

    public WebChatService(ChatBookingService.Parts parts, SecretTokens secrets, ListAvailabilityUseCase availability,
                          HoldSlotUseCase holds, BookAppointmentUseCase booking, ManageBookingsUseCase manageBookings) {
        this.conversations = parts.conversations();
        this.moves = ChatMoves.of(parts, availability, holds, booking, manageBookings);
        this.ids = parts.ids();
        this.secrets = secrets;
        this.clock = parts.clock();
    }

    @Override
    public Answer chat(Tenant tenant, Message message) {
        Instant now = clock.now();
        Optional<Conversation> known = Optional.ofNullable(message.conversationId())
                .filter(id -> id.length() <= 100)
                .flatMap(id -> conversations.find(tenant.id(), KEY_PREFIX + id))
                .filter(conversation -> conversation.liveAt(now));
        String secret = known.map(conversation -> conversation.phone().substring(KEY_PREFIX.length()))
                .orElseGet(secrets::newSecret);
        Conversation conversation = known.orElseGet(() -> ChatTurn.started(ids.newId(IdPrefix.CONVERSATION), tenant,
                KEY_PREFIX + secret, now));
        String digits = message.phone().value().substring(1);
        ChatTurn turn = new ChatTurn(new ChatMessage("web-" + ids.newId(IdPrefix.CONVERSATION), digits, null,
                message.text(), message.replyId(), message.name()), tenant, now, Channel.WIDGET,
                message.language() != null ? message.language()
                        : WidgetSettings.language(tenant.settings(), tenant.locale()));
        Move move = known.isEmpty() ? new Move.Welcome()
                : ConversationFlow.next(conversation, ChatInput.interpret(message.text(), turn.today()),
                message.replyId());
        conversations.save(moves.carryOut(move, turn, conversation));
        return new Answer(secret, turn.replies().stream().map(WebChatService::reply).toList());
    }

    private static Reply reply(OutboundMessage message) {
        List<Option> options = new ArrayList<>();
        for (OutboundMessage.Option option : message.buttons().isEmpty() ? message.rows() : message.buttons()) {
            options.add(new Option(option.id(), option.title(), option.description()));
        }
        return new Reply(message.text(), options);
    }
}
