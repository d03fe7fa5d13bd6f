package io.cita.adapters.postgres;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.UsageCounters;
import io.cita.domain.plan.Limit;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.YearMonth;

/** Monthly message counts in tenant_usage. */
@Singleton
@Requires(env = "postgres")
public class PostgresUsageCounters implements UsageCounters {
    private final PostgresTransactions tx;

    public PostgresUsageCounters(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long addMessages(String tenantId, YearMonth period, int count) {
        return tx.write(c -> Sql.one(c, rs -> rs.getLong(1), "INSERT INTO tenant_usage (tenant_id, period, "
                + "messages_count) VALUES (?, ?, ?) ON CONFLICT (tenant_id, period) DO UPDATE SET messages_count = "
                + "tenant_usage.messages_count + EXCLUDED.messages_count RETURNING messages_count", tenantId,
                period.toString(), count)).orElse(0L);
    }

    @Override
    public boolean spendMessages(String tenantId, YearMonth period, int count, Limit credits) {
        if (!credits.allows(0, count)) {
            return false;
        }
        String upsert = "INSERT INTO tenant_usage (tenant_id, period, messages_count) VALUES (?, ?, ?) ON CONFLICT "
                + "(tenant_id, period) DO UPDATE SET messages_count = tenant_usage.messages_count + EXCLUDED.messages_count";
        if (credits.isUnlimited()) {
            return tx.write(c -> Sql.one(c, rs -> rs.getLong(1), upsert + " RETURNING messages_count", tenantId,
                    period.toString(), count)).isPresent();
        }
        return tx.write(c -> Sql.one(c, rs -> rs.getLong(1), upsert + " WHERE tenant_usage.messages_count + "
                + "EXCLUDED.messages_count <= ? RETURNING messages_count", tenantId, period.toString(), count,
                credits.bound())).isPresent();
    }

    @Override
    public long messagesIn(String tenantId, YearMonth period) {
        return tx.read(c -> Sql.one(c, rs -> rs.getLong(1), "SELECT messages_count FROM tenant_usage WHERE tenant_id = ? "
                + "AND period = ?", tenantId, period.toString()).orElse(0L));
    }

    @Override
    public void grantMessages(String tenantId, YearMonth period, int count, AuditRecord audit) {
        tx.write(c -> {
            Sql.update(c, "INSERT INTO tenant_usage (tenant_id, period, messages_granted) VALUES (?, ?, ?) "
                    + "ON CONFLICT (tenant_id, period) DO UPDATE SET "
                    + "messages_granted = tenant_usage.messages_granted + EXCLUDED.messages_granted",
                    tenantId, period.toString(), count);
            PostgresAuditLog.insert(c, audit);
            return null;
        });
    }

    @Override
    public long messagesGranted(String tenantId, YearMonth period) {
        return tx.read(c -> Sql.one(c, rs -> rs.getLong(1), "SELECT messages_granted FROM tenant_usage "
                + "WHERE tenant_id = ? AND period = ?", tenantId, period.toString()).orElse(0L));
    }

    @Override
    public VoiceUsage voiceIn(String tenantId, YearMonth period) {
        return tx.read(c -> Sql.one(c, rs -> new VoiceUsage(rs.getLong("voice_calls"), rs.getLong("voice_seconds")),
                "SELECT voice_calls, voice_seconds FROM tenant_usage WHERE tenant_id = ? AND period = ?", tenantId,
                period.toString()).orElse(new VoiceUsage(0, 0)));
    }
}
