package io.cita.application.service.chat;

import io.cita.application.port.out.Conversations;
import io.cita.application.port.out.Messenger;
import io.cita.application.port.out.OutboundMessage;
import io.cita.application.port.out.Plans;
import io.cita.application.port.out.UsageCounters;
import io.cita.domain.conversation.ChatTexts.Key;
import io.cita.domain.conversation.Conversation;
import io.cita.domain.plan.Limit;
import io.cita.domain.plan.LimitKind;
import io.cita.domain.plan.PlanLimitPolicy;
import java.time.YearMonth;

/**
 * Spends a turn's messages (the customer's and the replies) from the business's monthly credits in one atomic step,
 * then saves the conversation and sends the replies; when the credits do not cover them, it lets the held slot go
 * and sends one "contact the business" instead.
 */
record MessageCredits(UsageCounters usage, Plans plans, Conversations conversations, Messenger messenger,
                      ChatBookings bookings) {
    void finish(ChatTurn turn, Conversation conversation) {
        YearMonth period = YearMonth.from(turn.now().atZone(turn.tenant().timezone()));
        Limit credits = PlanLimitPolicy.limitOf(plans.plan(turn.tenant().plan()), LimitKind.MESSAGES_PER_MONTH);
        if (!usage.spendMessages(turn.tenant().id(), period, 1 + turn.replies().size(), credits)) {
            bookings.releaseQuietly(turn, conversation.holdId());
            usage.addMessages(turn.tenant().id(), period, 2);
            messenger.send(OutboundMessage.text(turn.message().phone(), turn.message().toNumberId(),
                    turn.say(Key.CONTACT_BUSINESS, turn.tenant().name())));
            return;
        }
        conversations.save(conversation);
        turn.replies().forEach(messenger::send);
    }
}
