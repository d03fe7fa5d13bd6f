package io.cita.adapters.postgres;

import io.cita.application.port.out.CallLogs;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.voice.CallLog;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;

/**
 * Call logs in seed 001's vapi_call_logs, unique per tenant and Vapi call id; a new one adds its call and seconds to
 * tenant_usage in the same transaction. Listed newest first.
 */
@Singleton
@Requires(env = "postgres")
public class PostgresCallLogs implements CallLogs {
    private final PostgresTransactions tx;

    public PostgresCallLogs(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean record(CallLog log, YearMonth period) {
        return tx.write(c -> {
            int inserted = Sql.update(c, "INSERT INTO vapi_call_logs (id, tenant_id, vapi_call_id, caller_phone, "
                    + "call_started_at, call_ended_at, call_duration_seconds, ended_reason, transcript, summary, "
                    + "entities_extracted, cost_cents, appointment_id, booking_successful, booking_error, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (tenant_id, vapi_call_id) DO NOTHING", log.id(), log.tenantId(), log.callId(),
                    log.callerPhone(), log.startedAt(), log.endedAt(), (int) log.durationSeconds(), log.endedReason(),
                    log.transcript(), log.summary(), log.structuredData(), log.costCents(), log.bookingId(),
                    log.booked(), log.bookingError(), log.createdAt());
            if (inserted == 1) {
                Sql.update(c, "INSERT INTO tenant_usage (tenant_id, period, voice_calls, voice_seconds) "
                        + "VALUES (?, ?, 1, ?) ON CONFLICT (tenant_id, period) DO UPDATE SET "
                        + "voice_calls = tenant_usage.voice_calls + 1, "
                        + "voice_seconds = tenant_usage.voice_seconds + EXCLUDED.voice_seconds",
                        log.tenantId(), period.toString(), log.durationSeconds());
            }
            return inserted == 1;
        });
    }

    @Override
    public Page<CallLog> list(String tenantId, PageRequest page) {
        return tx.read(c -> Pages.newestFirst(c, PostgresCallLogs::row, "id", CallLog::id,
                "SELECT * FROM vapi_call_logs WHERE tenant_id = ?", page, tenantId));
    }

    private static CallLog row(ResultSet rs) throws SQLException {
        long cost = rs.getLong("cost_cents");
        Long costCents = rs.wasNull() ? null : cost;
        return new CallLog(rs.getString("id"), rs.getString("tenant_id"), rs.getString("vapi_call_id"),
                rs.getString("caller_phone"), Sql.instant(rs, "call_started_at"), Sql.instant(rs, "call_ended_at"),
                rs.getInt("call_duration_seconds"), rs.getString("ended_reason"), rs.getString("transcript"),
                rs.getString("summary"), rs.getString("entities_extracted"), costCents, rs.getString("appointment_id"),
                rs.getString("booking_error"), Sql.instant(rs, "created_at"));
    }
}
