package io.cita.application.port.out;

import io.cita.domain.conversation.Conversation;
import java.time.Instant;
import java.util.Optional;

/** Outgoing persistence port for chat conversations: one per phone and tenant, expiring after the tenant's TTL. */
public interface Conversations {
    Optional<Conversation> find(String tenantId, String phone);

    void save(Conversation conversation);

    /** The phone's most recently active conversation that is still live at {@code now}, with any tenant. */
    Optional<Conversation> mostRecent(String phone, Instant now);
}
