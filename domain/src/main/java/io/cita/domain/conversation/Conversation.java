package io.cita.domain.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One customer's chat with one business: its state, what was chosen so far, the options last offered (so a number
 * answers them), the held slot while confirming, and when it idles out.
 */
public record Conversation(String id, String tenantId, String phone, ConversationState state, String serviceId,
                           LocalDate date, Instant start, String holdId, List<String> offered, int page,
                           Instant updatedAt, Instant expiresAt) {
    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        offered = offered == null ? List.of() : List.copyOf(offered);
    }

    public boolean liveAt(Instant now) {
        return expiresAt.isAfter(now);
    }

    /** The same chat in a new state with new choices and offers, touched at {@code now}. */
    public Conversation next(ConversationState newState, String newServiceId, LocalDate newDate, Instant newStart,
                             String newHoldId, List<String> newOffered, int newPage, Instant now, Instant newExpiry) {
        return new Conversation(id, tenantId, phone, newState, newServiceId, newDate, newStart, newHoldId, newOffered,
                newPage, now, newExpiry);
    }
}
