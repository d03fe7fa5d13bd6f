package io.cita.application.service;

import io.cita.application.port.in.ChatInboxUseCase;
import io.cita.application.port.in.ChatMessage;
import io.cita.application.port.in.FeedbackRepliesUseCase;
import io.cita.application.port.in.HandleChatUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.InboundEvents;
import io.cita.application.port.query.StoredEvent;
import io.cita.domain.delivery.DeliveryChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Stores WhatsApp events before they are acknowledged and processes each message once: as the answer to a request
 * for feedback awaiting one from that phone (which comes first for 72 hours), else in the booking chat.
 */
public class ChatInboxService implements ChatInboxUseCase {
    static final String SOURCE = "whatsapp";
    private static final Duration MIN_LEASE = Duration.ofMinutes(1);
    private final InboundEvents events;
    private final HandleChatUseCase chat;
    private final FeedbackRepliesUseCase feedback;
    private final ClockPort clock;
    private final Duration retryAfter;
    private final String owner = "chat-retrier-" + UUID.randomUUID();

    /** {@code retryAfter}: how old an unanswered message must be before a retry, so one in flight is left alone. */
    public ChatInboxService(InboundEvents events, HandleChatUseCase chat, FeedbackRepliesUseCase feedback,
                            ClockPort clock, Duration retryAfter) {
        this.events = events;
        this.feedback = feedback;
        this.chat = chat;
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    @Override
    public boolean accept(String eventId, String payload) {
        return events.record(eventId, SOURCE, payload, clock.now());
    }

    @Override
    public void process(String eventId, ChatMessage message) {
        if (message.text() == null
                || !feedback.receive(DeliveryChannel.WHATSAPP, message.e164Phone(), message.text(), eventId)) {
            chat.handle(message);
        }
        events.markProcessed(eventId, clock.now());
    }

    @Override
    public void recordStatus(String statusId, String payload) {
        if (events.record(statusId, SOURCE + "-status", payload, clock.now())) {
            events.markProcessed(statusId, clock.now());
        }
    }

    @Override
    public List<StoredEvent> pending(int limit) {
        Instant now = clock.now();
        // the lease outlasts one retry's answers; if this instance dies meanwhile, another takes them after it
        Duration lease = retryAfter.multipliedBy(2).compareTo(MIN_LEASE) < 0 ? MIN_LEASE : retryAfter.multipliedBy(2);
        return events.claimUnprocessed(SOURCE, now.minus(retryAfter), owner, now, lease, limit);
    }
}
