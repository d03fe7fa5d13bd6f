package io.cita.application.service;

import io.cita.application.port.in.ChatInboxUseCase;
import io.cita.application.port.in.ChatMessage;
import io.cita.application.port.in.HandleChatUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.InboundEvents;
import java.util.List;

/** Stores WhatsApp events before they are acknowledged and processes each message once. */
public class ChatInboxService implements ChatInboxUseCase {
    static final String SOURCE = "whatsapp";
    private final InboundEvents events;
    private final HandleChatUseCase chat;
    private final ClockPort clock;

    public ChatInboxService(InboundEvents events, HandleChatUseCase chat, ClockPort clock) {
        this.events = events;
        this.chat = chat;
        this.clock = clock;
    }

    @Override
    public boolean accept(String eventId, String payload) {
        return events.record(eventId, SOURCE, payload, clock.now());
    }

    @Override
    public void process(String eventId, ChatMessage message) {
        chat.handle(message);
        events.markProcessed(eventId, clock.now());
    }

    @Override
    public void recordStatus(String statusId, String payload) {
        if (events.record(statusId, SOURCE + "-status", payload, clock.now())) {
            events.markProcessed(statusId, clock.now());
        }
    }

    @Override
    public List<InboundEvents.StoredEvent> pending(int limit) {
        return events.unprocessed(SOURCE, limit);
    }
}
