package io.cita.application.port.out;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.plan.Limit;
import io.cita.domain.resource.Resource;
import java.util.List;
import java.util.Optional;

/** Outgoing persistence port for resources (staff, rooms, equipment). */
public interface Resources {
    /**
     * Stores a resource if the tenant then has at most {@code activeLimit} active resources, with its audit entry
     * (null: none) in the same atomic step; false, writing neither, otherwise.
     */
    boolean create(Resource resource, Limit activeLimit, AuditRecord audit);

    /** Updates a resource under the same limit and audit rules as {@link #create}; false when the limit is reached. */
    boolean update(Resource resource, Limit activeLimit, AuditRecord audit);

    Optional<Resource> find(String tenantId, String resourceId);

    Page<Resource> list(String tenantId, PageRequest page);

    /** Every active resource of the tenant, ordered by id (the preference order for "any"). */
    List<Resource> active(String tenantId);
}
