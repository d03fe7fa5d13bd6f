package io.cita.application.port.out;

import io.cita.domain.schedule.ScheduleException;
import io.cita.domain.schedule.WeeklyRule;
import java.util.List;

/** Outgoing persistence port for resources' weekly rules and exceptions. */
public interface Schedules {
    /** Replaces all weekly rules of a resource, with its audit entry (null: none), in one atomic step. */
    void replaceWeeklyRules(String tenantId, String resourceId, List<WeeklyRule> rules, AuditRecord audit);

    List<WeeklyRule> weeklyRules(String tenantId, String resourceId);

    /** Adds an exception with its audit entry in one atomic step. */
    void addException(String tenantId, ScheduleException exception, AuditRecord audit);

    /** The exceptions of a resource, ordered by id. */
    List<ScheduleException> exceptions(String tenantId, String resourceId);

    /** Deletes an exception with its audit entry in one atomic step; false, writing neither, when there is none. */
    boolean deleteException(String tenantId, String resourceId, String exceptionId, AuditRecord audit);
}
