package io.cita.adapters.rest.dto;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.in.WebChatUseCase;
import io.cita.domain.tenant.Language;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The web chat's JSON shapes. */
public final class WebChatJson {
    private static final int TEXT_LENGTH = 1000;
    private static final int NAME_LENGTH = 100;

    private WebChatJson() {
    }

    /** POST /v1/public/{slug}/chat: a message, or the id of an option picked, and who the visitor is. */
    @Introspected
    public record Request(@Schema(description = "What the last answer gave; absent to start") @Nullable
                          String conversationId, @Nullable String text, @Nullable String replyId,
                          @Schema(example = "Lucía") @Nullable String name,
                          @Schema(example = "+34600111222") @Nullable String phone,
                          @Schema(example = "en", description = "es or en: the page's language; the widget's by "
                                  + "default") @Nullable String language) {
        public WebChatUseCase.Message toMessage() {
            String visitor = Fields.required("name", name).strip();
            if (visitor.isEmpty() || visitor.length() > NAME_LENGTH) {
                throw new InvalidRequestException("name", "must be 1-100 characters");
            }
            if (text != null && text.length() > TEXT_LENGTH) {
                throw new InvalidRequestException("text", "must be at most 1000 characters");
            }
            if (replyId != null && replyId.length() > NAME_LENGTH) {
                throw new InvalidRequestException("replyId", "is not an option offered");
            }
            return new WebChatUseCase.Message(conversationId, text == null ? "" : text, replyId, visitor,
                    Fields.required("phone", Fields.phone("phone", phone)),
                    Fields.enumValue("language", Language.class, language));
        }
    }

    /** The conversation's id to send back, and the replies with the options offered. */
    @Introspected
    public record Response(String conversationId, List<Reply> replies) {
        public static Response from(WebChatUseCase.Answer answer) {
            return new Response(answer.conversationId(), answer.replies().stream().map(reply -> new Reply(
                    reply.text(), reply.options().stream().map(option -> new Option(option.id(), option.title(),
                    option.description())).toList())).toList());
        }
    }

    /** One reply and its options. */
    @Introspected
    public record Reply(String text, List<Option> options) {
    }

    /** An option: its id to send back as replyId, and what it says. */
    @Introspected
    public record Option(String id, String title, @Nullable String description) {
    }
}
