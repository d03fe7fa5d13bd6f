package io.cita.adapters.postgres;

import io.cita.application.port.out.MessageRecipients;
import io.cita.domain.delivery.DeliveryChannel;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** Who last wrote to an address, one row per channel and address in message_recipients. */
@Singleton
@Requires(env = "postgres")
public class PostgresMessageRecipients implements MessageRecipients {
    private final PostgresTransactions tx;

    public PostgresMessageRecipients(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void remember(DeliveryChannel channel, String address, String tenantId, Instant at) {
        tx.write(c -> Sql.update(c, "INSERT INTO message_recipients (channel, address, tenant_id, updated_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (channel, address) DO UPDATE SET tenant_id = EXCLUDED.tenant_id, "
                + "updated_at = EXCLUDED.updated_at WHERE message_recipients.updated_at <= EXCLUDED.updated_at",
                channel.name(), address, tenantId, at));
    }

    @Override
    public Optional<String> lastSender(DeliveryChannel channel, String address) {
        return tx.read(c -> Sql.one(c, rs -> rs.getString("tenant_id"),
                "SELECT tenant_id FROM message_recipients WHERE channel = ? AND address = ?", channel.name(), address));
    }
}
