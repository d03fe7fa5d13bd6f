package io.cita.application.port.out;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.catalog.Service;
import io.cita.domain.plan.Limit;
import java.util.Optional;

/** Outgoing persistence port for bookable services. */
public interface CatalogServices {
    /**
     * Stores a service if one more active service fits the tenant's {@code activeLimit}, counting
     * and inserting atomically with its audit entry (null: none); false, writing neither, when the limit is reached.
     */
    boolean create(Service service, Limit activeLimit, AuditRecord audit);

    /** Updates a service under the same limit and audit rules as {@link #create}; false when the limit is reached. */
    boolean update(Service service, Limit activeLimit, AuditRecord audit);

    Optional<Service> find(String tenantId, String serviceId);

    Page<Service> list(String tenantId, PageRequest page);
}
