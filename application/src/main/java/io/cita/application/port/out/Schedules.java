package io.cita.application.port.out;

import io.cita.domain.schedule.ScheduleException;
import io.cita.domain.schedule.WeeklyRule;
import java.util.List;

/** Outgoing persistence port for resources' weekly rules and exceptions. */
public interface Schedules {
    /** Replaces all weekly rules of a resource in one atomic step. */
    void replaceWeeklyRules(String tenantId, String resourceId, List<WeeklyRule> rules);

    List<WeeklyRule> weeklyRules(String tenantId, String resourceId);

    void addException(String tenantId, ScheduleException exception);

    /** The exceptions of a resource, ordered by id. */
    List<ScheduleException> exceptions(String tenantId, String resourceId);

    boolean deleteException(String tenantId, String resourceId, String exceptionId);
}
