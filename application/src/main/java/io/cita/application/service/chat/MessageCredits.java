package io.cita.application.service.chat;

import io.cita.application.port.out.Conversations;
import io.cita.application.service.MessageBudget;
import io.cita.application.port.out.Messenger;
import io.cita.application.port.out.OutboundMessage;
import io.cita.domain.conversation.ChatTexts.Key;
import io.cita.domain.conversation.Conversation;

/**
 * Spends a turn's messages (the customer's and the replies) from the business's monthly credits in one atomic step,
 * then saves the conversation and sends the replies; when the credits do not cover them, it lets the held slot go
 * and sends one "contact the business" instead.
 */
record MessageCredits(MessageBudget budget, Conversations conversations, Messenger messenger,
                      ChatBookings bookings) {
    void finish(ChatTurn turn, Conversation conversation) {
        if (!budget.spend(turn.tenant(), 1 + turn.replies().size(), turn.now())) {
            bookings.releaseQuietly(turn, conversation.holdId());
            budget.count(turn.tenant(), 2, turn.now());
            messenger.send(OutboundMessage.text(turn.message().phone(), turn.message().toNumberId(),
                    turn.say(Key.CONTACT_BUSINESS, turn.tenant().name())));
            return;
        }
        conversations.save(conversation);
        turn.replies().forEach(messenger::send);
    }
}
