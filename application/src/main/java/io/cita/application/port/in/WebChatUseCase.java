package io.cita.application.port.in;

import io.cita.domain.shared.PhoneNumber;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Tenant;
import java.util.List;
import java.util.Objects;

/**
 * The booking chat on a business's web page (seed 000's web Conversations): the same conversation flow as on
 * WhatsApp, answered in the response; the browser keeps the conversation's id and sends it back with each message.
 */
public interface WebChatUseCase {
    /** Answers one message of a visitor who gave their name and phone, in the conversation named (null: a new one). */
    Answer chat(Tenant tenant, Message message);

    /**
     * A visitor's message: the text typed or the id of the option picked, with who they said they are, and the
     * language they read the page in (null: the widget's).
     */
    record Message(String conversationId, String text, String replyId, String name, PhoneNumber phone,
                   Language language) {
        public Message {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(phone, "phone");
        }
    }

    /** The conversation to send back next time, and the bot's replies in order. */
    record Answer(String conversationId, List<Reply> replies) {
    }

    /** One reply: its text and the options offered with it (buttons or a list), each an id and what it says. */
    record Reply(String text, List<Option> options) {
    }

    /** An option the visitor may pick. */
    record Option(String id, String title, String description) {
    }
}
