package io.cita.application.service.chat;

import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ChatMessage;
import io.cita.application.port.out.OutboundMessage;
import io.cita.domain.booking.Channel;
import io.cita.domain.conversation.ChatTexts;
import io.cita.domain.conversation.ChatTexts.Key;
import io.cita.domain.conversation.Conversation;
import io.cita.domain.conversation.ConversationState;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One customer message to one business: who and when, and the replies it makes the bot send. */
final class ChatTurn {
    private static final Duration DEFAULT_TTL = Duration.ofHours(24);

    private final ChatMessage message;
    private final Tenant tenant;
    private final Instant now;
    private final Channel channel;
    private final Language language;
    private final List<OutboundMessage> replies = new ArrayList<>();

    /** A WhatsApp message, answered in the business's language. */
    ChatTurn(ChatMessage message, Tenant tenant, Instant now) {
        this(message, tenant, now, Channel.WHATSAPP, tenant.locale());
    }

    /** A message on {@code channel} (WHATSAPP, or WIDGET for the web chat), answered in {@code language}. */
    ChatTurn(ChatMessage message, Tenant tenant, Instant now, Channel channel, Language language) {
        this.message = message;
        this.tenant = tenant;
        this.now = now;
        this.channel = channel;
        this.language = language;
    }

    Channel channel() {
        return channel;
    }

    ChatMessage message() {
        return message;
    }

    Tenant tenant() {
        return tenant;
    }

    Instant now() {
        return now;
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, tenant.timezone());
    }

    List<OutboundMessage> replies() {
        return List.copyOf(replies);
    }

    Language language() {
        return language;
    }

    String say(Key key, Object... arguments) {
        return ChatTexts.say(language(), key, arguments);
    }

    void text(String text) {
        replies.add(OutboundMessage.text(message.phone(), message.toNumberId(), text));
    }

    void buttons(String text, List<OutboundMessage.Option> options) {
        replies.add(new OutboundMessage(message.phone(), message.toNumberId(), text, options, null, List.of()));
    }

    void list(String text, String button, List<OutboundMessage.Option> rows) {
        replies.add(new OutboundMessage(message.phone(), message.toNumberId(), text, List.of(), button, rows));
    }

    /** The customer's phone in E.164. */
    String customerPhone() {
        return message.e164Phone();
    }

    Actor actor() {
        boolean whatsApp = channel == Channel.WHATSAPP;
        return new Actor(Actor.Kind.CHANNEL, (whatsApp ? "whatsapp:" : "web:") + message.phone(), null, null, null,
                whatsApp ? "WhatsApp" : "Web chat");
    }

    /** The conversation moved to {@code state} with these choices and offers, touched now. */
    Conversation move(Conversation conversation, ConversationState state, String serviceId, LocalDate date,
                      Instant start, String holdId, List<String> offered, int page) {
        return conversation.next(state, serviceId, date, start, holdId, offered, page, now, now.plus(ttl(tenant)));
    }

    /** The conversation where it stands, touched now. */
    Conversation touch(Conversation conversation) {
        return move(conversation, conversation.state(), conversation.serviceId(), conversation.date(),
                conversation.start(), conversation.holdId(), conversation.offered(), conversation.page());
    }

    /** The conversation ended: nothing chosen, nothing offered. */
    Conversation done(Conversation conversation) {
        return move(conversation, ConversationState.DONE, null, null, null, null, List.of(), 0);
    }

    /** A new conversation of the business with {@code key} (the phone, or the web chat's key), live for its TTL. */
    static Conversation started(String id, Tenant tenant, String key, Instant now) {
        return new Conversation(id, tenant.id(), key, ConversationState.START, null, null, null, null, List.of(), 0,
                now, now.plus(ttl(tenant)));
    }

    /** How long a business's conversations stay live without a message (setting conversation.ttlHours, 24 h). */
    static Duration ttl(Tenant tenant) {
        try {
            return Duration.ofHours(Long.parseLong(tenant.settings().getOrDefault("conversation.ttlHours", "24")));
        } catch (NumberFormatException e) {
            return DEFAULT_TTL;
        }
    }
}
