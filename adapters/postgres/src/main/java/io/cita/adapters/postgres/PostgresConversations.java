package io.cita.adapters.postgres;

import io.cita.application.port.out.Conversations;
import io.cita.domain.conversation.Conversation;
import io.cita.domain.conversation.ConversationState;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Chat conversations in the conversations table, one per tenant and phone. */
@Singleton
@Requires(env = "postgres")
public class PostgresConversations implements Conversations {
    private final PostgresTransactions tx;

    public PostgresConversations(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Conversation> find(String tenantId, String phone) {
        return tx.read(c -> Sql.one(c, PostgresConversations::map, "SELECT * FROM conversations WHERE tenant_id = ? "
                + "AND phone = ?", tenantId, phone));
    }

    @Override
    public void save(Conversation conversation) {
        tx.write(c -> Sql.update(c, "INSERT INTO conversations (id, tenant_id, phone, state, service_id, chosen_date, "
                        + "chosen_start, hold_id, offered, page, updated_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, phone) DO UPDATE SET "
                        + "id = EXCLUDED.id, state = EXCLUDED.state, service_id = EXCLUDED.service_id, "
                        + "chosen_date = EXCLUDED.chosen_date, chosen_start = EXCLUDED.chosen_start, "
                        + "hold_id = EXCLUDED.hold_id, offered = EXCLUDED.offered, page = EXCLUDED.page, "
                        + "updated_at = EXCLUDED.updated_at, expires_at = EXCLUDED.expires_at",
                conversation.id(), conversation.tenantId(), conversation.phone(), conversation.state().name(),
                conversation.serviceId(), conversation.date(), conversation.start(), conversation.holdId(),
                conversation.offered(), conversation.page(), conversation.updatedAt(), conversation.expiresAt()));
    }

    @Override
    public Optional<Conversation> mostRecent(String phone, Instant now) {
        return tx.read(c -> Sql.one(c, PostgresConversations::map, "SELECT * FROM conversations WHERE phone = ? "
                + "AND expires_at > ? ORDER BY updated_at DESC LIMIT 1", phone, now));
    }

    private static Conversation map(ResultSet rs) throws SQLException {
        return new Conversation(rs.getString("id"), rs.getString("tenant_id"), rs.getString("phone"),
                ConversationState.fromStored(rs.getString("state")), rs.getString("service_id"),
                Sql.date(rs, "chosen_date"), Sql.instant(rs, "chosen_start"), rs.getString("hold_id"),
                Sql.strings(rs, "offered"), rs.getInt("page"), Sql.instant(rs, "updated_at"),
                Sql.instant(rs, "expires_at"));
    }
}
