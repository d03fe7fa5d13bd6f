package io.cita.adapters.postgres;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Schedules;
import io.cita.application.port.out.StoreOutcome;
import io.cita.domain.schedule.ExceptionKind;
import io.cita.domain.schedule.ScheduleException;
import io.cita.domain.schedule.WeeklyRule;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.util.List;

/** Weekly rules in seed 001's resource_schedules (0 = Sunday) and exceptions in resource_blocks. */
@Singleton
@Requires(env = "postgres")
public class PostgresSchedules implements Schedules {
    private final PostgresTransactions tx;

    public PostgresSchedules(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void replaceWeeklyRules(String tenantId, String resourceId, List<WeeklyRule> rules, AuditRecord audit) {
        tx.write(c -> {
            Sql.update(c, "DELETE FROM resource_schedules WHERE tenant_id = ? AND resource_id = ?", tenantId, resourceId);
            for (WeeklyRule rule : rules) {
                Sql.update(c, "INSERT INTO resource_schedules (tenant_id, resource_id, day_of_week, start_time, end_time, "
                                + "effective_from, effective_until) VALUES (?, ?, ?, ?, ?, ?, ?)", tenantId, resourceId,
                        rule.dayOfWeek().getValue() % 7, rule.start(), rule.end(), rule.effectiveFrom(),
                        rule.effectiveUntil());
            }
            PostgresAuditLog.insert(c, audit);
            return null;
        });
    }

    @Override
    public List<WeeklyRule> weeklyRules(String tenantId, String resourceId) {
        return tx.read(c -> Sql.query(c, rs -> new WeeklyRule(DayOfWeek.of(rs.getInt("day_of_week") == 0 ? 7
                        : rs.getInt("day_of_week")), Sql.time(rs, "start_time"), Sql.time(rs, "end_time"),
                        Sql.date(rs, "effective_from"), Sql.date(rs, "effective_until")),
                "SELECT * FROM resource_schedules WHERE tenant_id = ? AND resource_id = ? ORDER BY id",
                tenantId, resourceId));
    }

    @Override
    public void addException(String tenantId, ScheduleException exception, AuditRecord audit) {
        tx.writeAtomically(c -> {
            Pipeline steps = new Pipeline();
            steps.add("INSERT INTO resource_blocks (id, tenant_id, resource_id, block_type, block_date, start_time, "
                            + "end_time, start_datetime, end_datetime, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    exception.id(), tenantId, exception.resourceId(), Sql.lower(exception.kind()), exception.date(),
                    exception.start(), exception.end(), exception.from(), exception.until(), exception.reason());
            PostgresAuditLog.insert(steps, audit);
            steps.run(c);
            return StoreOutcome.DONE;
        });
    }

    @Override
    public List<ScheduleException> exceptions(String tenantId, String resourceId) {
        return tx.read(c -> Sql.query(c, rs -> new ScheduleException(rs.getString("id"), rs.getString("resource_id"),
                        Sql.upper(ExceptionKind.class, rs.getString("block_type")), Sql.date(rs, "block_date"),
                        Sql.time(rs, "start_time"), Sql.time(rs, "end_time"), Sql.instant(rs, "start_datetime"),
                        Sql.instant(rs, "end_datetime"), rs.getString("reason")),
                "SELECT * FROM resource_blocks WHERE tenant_id = ? AND resource_id = ? ORDER BY id", tenantId, resourceId));
    }

    @Override
    public boolean deleteException(String tenantId, String resourceId, String exceptionId, AuditRecord audit) {
        return PostgresAuditLog.changeOne(tx, audit, c -> Sql.update(c,
                "DELETE FROM resource_blocks WHERE tenant_id = ? AND resource_id = ? AND id = ?",
                tenantId, resourceId, exceptionId));
    }
}
