package io.cita.adapters.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cita.application.port.in.ChatInboxUseCase;
import io.cita.application.port.query.StoredEvent;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers, every 30 seconds, the stored WhatsApp messages a failure or a crash left unanswered for a minute; one
 * retry at a time on this instance, and each message claimed with a lease in the store, so that of several instances
 * one answers it.
 */
@Singleton
public class PendingChatRetrier {
    private static final Logger LOG = LoggerFactory.getLogger(PendingChatRetrier.class);
    private final ChatInboxUseCase inbox;
    private final ObjectMapper json;

    public PendingChatRetrier(ChatInboxUseCase inbox, ObjectMapper json) {
        this.inbox = inbox;
        this.json = json;
    }

    @Scheduled(fixedDelay = "${whatsapp.retry-every:30s}", initialDelay = "${whatsapp.retry-every:30s}")
    public synchronized void retryPending() {
        for (StoredEvent event : inbox.pending(50)) {
            try {
                inbox.process(event.id(), WhatsAppPayloads.toMessage(json.readTree(event.payload())));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Message {} still not answered; will retry", event.id(), e);
            }
        }
    }
}
