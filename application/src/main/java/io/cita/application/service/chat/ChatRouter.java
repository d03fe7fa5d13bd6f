package io.cita.application.service.chat;

import io.cita.application.port.in.ChatMessage;
import io.cita.application.port.out.Conversations;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.Tenants;
import io.cita.domain.conversation.BusinessNames;
import io.cita.domain.conversation.ChatInput;
import io.cita.domain.conversation.Conversation;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Finds which business a message is for, and its conversation (seed 002): a business's own number; a message that
 * is exactly a slug (it starts or resumes that business's conversation); the phone's most recent live conversation;
 * the business whose name is closest to the text. Every lookup goes through an index.
 */
final class ChatRouter {
    /** How many businesses sharing a name key are compared with what the customer typed. */
    private static final int NAME_CANDIDATES = 50;

    private final Tenants tenants;
    private final Conversations conversations;
    private final IdGenerator ids;
    private final String sharedNumberId;

    ChatRouter(Tenants tenants, Conversations conversations, IdGenerator ids, String sharedNumberId) {
        this.tenants = tenants;
        this.conversations = conversations;
        this.ids = ids;
        this.sharedNumberId = sharedNumberId;
    }

    /** A business and its conversation; {@code greet} when the message opened it (a slug or a name). */
    record Route(Tenant tenant, Conversation conversation, boolean greet) {
    }

    Optional<Route> route(ChatMessage message, Instant now) {
        Optional<Tenant> dedicated = dedicated(message.toNumberId());
        if (dedicated.isPresent()) {
            return Optional.of(new Route(dedicated.get(), current(dedicated.get(), message.phone(), now), false));
        }
        String typed = ChatInput.normalize(message.text());
        Optional<Tenant> bySlug = tenants.findBySlug(typed).filter(ChatRouter::operating);
        if (bySlug.isPresent()) {
            return Optional.of(new Route(bySlug.get(), current(bySlug.get(), message.phone(), now), true));
        }
        Optional<Conversation> recent = conversations.mostRecent(message.phone(), now);
        if (recent.isPresent()) {
            Optional<Tenant> tenant = tenants.find(recent.get().tenantId()).filter(ChatRouter::operating);
            if (tenant.isPresent()) {
                return Optional.of(new Route(tenant.get(), recent.get(), false));
            }
        }
        List<Tenant> candidates = tenants.withNameKeys(BusinessNames.keysOf(typed), NAME_CANDIDATES);
        return BusinessNames.closest(typed, candidates)
                .map(named -> new Route(named, fresh(named, message.phone(), now), true));
    }

    private Optional<Tenant> dedicated(String numberId) {
        if (numberId == null || numberId.isBlank() || numberId.equals(sharedNumberId)) {
            return Optional.empty();
        }
        return tenants.findByWhatsAppNumber(numberId).filter(ChatRouter::operating);
    }

    private Conversation current(Tenant tenant, String phone, Instant now) {
        return conversations.find(tenant.id(), phone).filter(conversation -> conversation.liveAt(now))
                .orElseGet(() -> fresh(tenant, phone, now));
    }

    private Conversation fresh(Tenant tenant, String phone, Instant now) {
        return ChatTurn.started(ids.newId(IdPrefix.CONVERSATION), tenant, phone, now);
    }

    private static boolean operating(Tenant tenant) {
        return tenant.status().operating();
    }
}
