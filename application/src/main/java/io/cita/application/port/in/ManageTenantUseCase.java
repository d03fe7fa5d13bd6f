package io.cita.application.port.in;

import io.cita.domain.plan.Plan;
import io.cita.domain.tenant.Tenant;
import java.util.Optional;

/** Reading and changing a tenant's profile. */
public interface ManageTenantUseCase {
    Tenant get(String tenantId);

    Optional<Tenant> findBySlug(String slug);

    /** The plan of a tenant, with its limits. */
    Plan plan(String tenantId);

    Tenant update(String tenantId, TenantDetails details, Actor actor);
}
