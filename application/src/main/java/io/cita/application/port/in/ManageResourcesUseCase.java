package io.cita.application.port.in;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.resource.Resource;
import io.cita.domain.schedule.ScheduleException;
import io.cita.domain.schedule.WeeklyRule;
import java.util.List;

/** Keeping a tenant's resources and their working time, within the plan's limit of active resources. */
public interface ManageResourcesUseCase {
    Resource create(String tenantId, ResourceDetails details, Actor actor);

    Resource update(String tenantId, String resourceId, ResourceDetails details, Actor actor);

    Resource get(String tenantId, String resourceId);

    Page<Resource> list(String tenantId, PageRequest page);

    Resource deactivate(String tenantId, String resourceId, Actor actor);

    List<WeeklyRule> replaceSchedule(String tenantId, String resourceId, List<WeeklyRule> rules, Actor actor);

    List<WeeklyRule> schedule(String tenantId, String resourceId);

    ScheduleException addException(String tenantId, String resourceId, ExceptionDetails details, Actor actor);

    List<ScheduleException> exceptions(String tenantId, String resourceId);

    void deleteException(String tenantId, String resourceId, String exceptionId, Actor actor);
}
